import type { Tx } from "@/lib/db";
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

type AuditTx = Pick<Tx, "$executeRaw" | "$queryRaw">;

/**
 * Appends one event to `entry.chain` inside the caller's transaction, so the change and its audit
 * row commit or roll back together. Must be called with a transaction client (the head row lock is
 * held until commit).
 */
export async function appendAudit(tx: AuditTx, entry: AuditEntry): Promise<AppendedAudit> {
  const { chain } = entry;
  // Concurrency: only appends to the same chain wait on this row lock; other tenders proceed. The lock is held from
  // here to the caller's commit, so everything after it is one statement (many bids on one competition queue here).
  const lockHead = () => tx.$queryRaw<{ seq: number; headHash: string }[]>`SELECT "seq", "headHash"
    FROM "AuditChainHead" WHERE "chain" = ${chain} FOR UPDATE`;
  let [head] = await lockHead();
  if (!head) {
    await tx.$executeRaw`INSERT INTO "AuditChainHead" ("chain", "seq", "headHash")
      VALUES (${chain}, 0, ${GENESIS_HASH}) ON CONFLICT ("chain") DO NOTHING`;
    [head] = await lockHead();
  }
  if (!head) throw new Error(`Audit chain head missing for ${chain}`);

  const before = toAuditJson(entry.before) ?? null;
  const after = toAuditJson(entry.after) ?? null;
  const seq = head.seq + 1;
  const { actorId, action, entityType, entityId, at } = entry;
  const apiTokenId = entry.apiTokenId ?? null;
  const link = { chain, seq, at, actorId, apiTokenId, action, entityType, entityId, before, after, prevHash: head.headHash };
  const hash = eventHash(link);

  // The event and the new head in one round trip (a data-modifying CTE), to keep the head's lock short.
  const updated = await tx.$executeRaw`WITH "event" AS (
      INSERT INTO "AuditEvent" ("chain", "seq", "at", "actorId", "apiTokenId", "action", "entityType", "entityId", "before", "after", "prevHash", "hash")
      VALUES (${chain}, ${seq}, ${at}::timestamptz, ${actorId}, ${apiTokenId}, ${action}, ${entityType}, ${entityId}, ${jsonColumn(before)}::jsonb, ${jsonColumn(after)}::jsonb, ${head.headHash}, ${hash})
    )
    UPDATE "AuditChainHead" SET "seq" = ${seq}, "headHash" = ${hash} WHERE "chain" = ${chain}`;
  if (updated !== 1) throw new Error(`Audit chain head missing for ${chain}`);
  return { seq, hash };
}

/** A JSON column's parameter: SQL NULL for null (as Prisma's DbNull), else the JSON text. */
function jsonColumn(value: JsonValue): string | null {
  return value === null ? null : JSON.stringify(value);
}
