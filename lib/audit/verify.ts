import type { Db } from "@/lib/db";
import { GENESIS_HASH, eventHash } from "./hash";

export type AuditBreak = "HASH_MISMATCH" | "PREV_HASH_MISMATCH" | "SEQ_GAP" | "HEAD_MISMATCH";

export type ChainVerification =
  | { ok: true; chain: string; events: number }
  | { ok: false; chain: string; seq: number; reason: AuditBreak };

export type AuditVerification =
  | { ok: true; chains: number; events: number }
  | { ok: false; chain: string; seq: number; reason: AuditBreak };

const PAGE = 500;

/** Walks every chain in seq order and reports the first broken link, or the totals. */
export async function verifyAuditChains(db: Db): Promise<AuditVerification> {
  const chains = await db.$queryRaw<{ chain: string }[]>`SELECT "chain" FROM "AuditChainHead"
    UNION SELECT DISTINCT "chain" FROM "AuditEvent" ORDER BY 1`;
  let events = 0;
  for (const { chain } of chains) {
    const result = await verifyAuditChain(db, chain);
    if (!result.ok) return result;
    events += result.events;
  }
  return { ok: true, chains: chains.length, events };
}

/**
 * Verifies one chain in a REPEATABLE READ snapshot, so appends committed meanwhile can't make the
 * head and the events disagree. Checks seq continuity from 1, each prevHash, each recomputed hash,
 * and that the head names the last event.
 */
export async function verifyAuditChain(db: Db, chain: string): Promise<ChainVerification> {
  return db.$transaction(
    async (tx) => {
      let prevHash = GENESIS_HASH;
      let lastSeq = 0;
      for (;;) {
        const page = await tx.auditEvent.findMany({
          where: { chain, ...(lastSeq > 0 && { seq: { gt: lastSeq } }) },
          orderBy: { seq: "asc" },
          take: PAGE,
          omit: { id: true },
        });
        for (const event of page) {
          const broken = (reason: AuditBreak, seq = event.seq) => ({ ok: false as const, chain, seq, reason });
          if (event.seq !== lastSeq + 1) return broken("SEQ_GAP", lastSeq + 1);
          if (event.prevHash !== prevHash) return broken("PREV_HASH_MISMATCH");
          const { hash, ...hashed } = event;
          if (eventHash(hashed) !== hash) return broken("HASH_MISMATCH");
          prevHash = hash;
          lastSeq = event.seq;
        }
        if (page.length < PAGE) break;
      }
      const head = await tx.auditChainHead.findUnique({ where: { chain } });
      if (!head || head.seq !== lastSeq || head.headHash !== prevHash) {
        return { ok: false, chain, seq: Math.max(head?.seq ?? 0, lastSeq), reason: "HEAD_MISMATCH" };
      }
      return { ok: true, chain, events: lastSeq };
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );
}
