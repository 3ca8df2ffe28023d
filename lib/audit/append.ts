import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toAuditJson, type JsonValue } from "./canonical";
import { GENESIS_HASH, eventHash, type AuditChain } from "./hash";

export interface AuditEntry {
  chain: AuditChain;
  /** Null only for system jobs (e.g. the deadline job); user actions always name the user. */
  actorId: string | null;
  /** The API token the actor acted through (Actor.apiTokenId); null or absent for the web app and jobs. */
  apiTokenId?: string | null;
  /** What happened, e.g. "tender.announce". */
  action: string;
  entityType: string;
  entityId: string;
  /** Summaries, not full rows; secret-named keys are stripped. */
  before?: unknown;
  after?: unknown;
  at: Date;
}

export interface AppendedAudit {
  seq: number;
  hash: string;
}

type AuditTx = Pick<Tx, "$executeRaw" | "$queryRaw" | "auditEvent" | "auditChainHead">;

/**
 * Appends one event to `entry.chain` inside the caller's transaction, so the change and its audit
 * row commit or roll back together. Must be called with a transaction client (the head row lock is
 * held until commit).
 */
export async function appendAudit(tx: AuditTx, entry: AuditEntry): Promise<AppendedAudit> {
  const { chain } = entry;
  // Concurrency: only appends to the same chain wait on this row lock; other tenders proceed.
  await tx.$executeRaw`INSERT INTO "AuditChainHead" ("chain", "seq", "headHash")
    VALUES (${chain}, 0, ${GENESIS_HASH}) ON CONFLICT ("chain") DO NOTHING`;
  const [head] = await tx.$queryRaw<{ seq: number; headHash: string }[]>`SELECT "seq", "headHash"
    FROM "AuditChainHead" WHERE "chain" = ${chain} FOR UPDATE`;
  if (!head) throw new Error(`Audit chain head missing for ${chain}`);

  const before = toAuditJson(entry.before) ?? null;
  const after = toAuditJson(entry.after) ?? null;
  const seq = head.seq + 1;
  const { actorId, action, entityType, entityId, at } = entry;
  const apiTokenId = entry.apiTokenId ?? null;
  const link = { chain, seq, at, actorId, apiTokenId, action, entityType, entityId, before, after, prevHash: head.headHash };
  const hash = eventHash(link);

  await tx.auditEvent.create({
    data: { ...link, before: jsonColumn(before), after: jsonColumn(after), hash },
    select: { id: true },
  });
  await tx.auditChainHead.update({ where: { chain }, data: { seq, headHash: hash } });
  return { seq, hash };
}

function jsonColumn(value: JsonValue): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null ? Prisma.DbNull : value;
}
