import type { Tx } from "@/lib/db";
import { toAuditJson, type JsonValue } from "./canonical";
import { GENESIS_HASH, eventHashPrefix, type AuditChain } from "./hash";

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
  const before = toAuditJson(entry.before) ?? null;
  const after = toAuditJson(entry.after) ?? null;
  const { actorId, action, entityType, entityId, at } = entry;
  const apiTokenId = entry.apiTokenId ?? null;
  // Everything the link's hash covers except what only the head knows (prevHash, seq): the database appends those.
  const prefix = eventHashPrefix({ chain, at, actorId, apiTokenId, action, entityType, entityId, before, after });

  // Concurrency: only appends to the same chain wait on the head's row lock; other tenders proceed. The lock is held
  // from this statement to the caller's commit. Locking the head, hashing the link (sha256 over the same canonical
  // text as eventHash), inserting the event and moving the head are one statement, so the lock is held for that one
  // round trip and the commit — not for a read, a wait for this process's event loop, and a write (at a deadline rush
  // every bid on one competition queues here: bench/bid-rush.ts).
  const append = () => tx.$queryRaw<AppendedAudit[]>`WITH "head" AS (
      SELECT "seq" + 1 AS "seq", "headHash" AS "prevHash" FROM "AuditChainHead" WHERE "chain" = ${chain} FOR UPDATE
    ), "link" AS (
      SELECT "seq", "prevHash",
             encode(sha256(convert_to(${prefix} || ',"prevHash":"' || "prevHash" || '","seq":' || "seq" || '}', 'UTF8')), 'hex') AS "hash"
      FROM "head"
    ), "event" AS (
      INSERT INTO "AuditEvent" ("chain", "seq", "at", "actorId", "apiTokenId", "action", "entityType", "entityId", "before", "after", "prevHash", "hash")
      SELECT ${chain}, "seq", ${at}::timestamptz, ${actorId}, ${apiTokenId}, ${action}, ${entityType}, ${entityId}, ${jsonColumn(before)}::jsonb, ${jsonColumn(after)}::jsonb, "prevHash", "hash"
      FROM "link"
    )
    UPDATE "AuditChainHead" h SET "seq" = l."seq", "headHash" = l."hash" FROM "link" l WHERE h."chain" = ${chain}
    RETURNING l."seq", l."hash"`;
  let [appended] = await append();
  if (!appended) {
    // The chain's first event: create its head (a racing first append may win; either way it exists now).
    await tx.$executeRaw`INSERT INTO "AuditChainHead" ("chain", "seq", "headHash")
      VALUES (${chain}, 0, ${GENESIS_HASH}) ON CONFLICT ("chain") DO NOTHING`;
    [appended] = await append();
  }
  if (!appended) throw new Error(`Audit chain head missing for ${chain}`);
  return appended;
}

/** A JSON column's parameter: SQL NULL for null (as Prisma's DbNull), else the JSON text. */
function jsonColumn(value: JsonValue): string | null {
  return value === null ? null : JSON.stringify(value);
}
