import { appendAudit, canonicalJSON, tenderChain } from "@/lib/audit";
import { getClock } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BidResult, ScoringInput, SensitivityResult } from "@/lib/scoring";
import { sha256Hex } from "@/lib/storage";

import { evaluateTender } from "./result/compute";

/** EvaluationRun.lots: one entry per lot, exactly what lib/scoring was given and answered. */
export interface RunLot {
  lotId: string;
  validBidIds: string[];
  input: ScoringInput;
  results: BidResult[];
  sensitivity: SensitivityResult[];
}

export interface RecordedRun {
  id: string;
  createdAt: Date;
  cause: string;
  lots: RunLot[];
  /** false when the inputs equal the latest run's: nothing new was logged and this is that run. */
  logged: boolean;
}

/**
 * Computes the result over the currently valid bids and logs it as an EvaluationRun (+ audit `evaluation.run`) when
 * the inputs differ from the latest run's — another set of valid bids (a rejection) or changed consensus. Relative
 * price models can reverse a ranking when a bid leaves, so every run stays. Returns null while the consensus is
 * incomplete (there is no result yet). Call it inside the transaction of the change that caused it.
 */
export async function recordEvaluationRun(
  tx: Tx,
  { tenderId, actorId, cause, now = getClock().now() }: { tenderId: string; actorId: string | null; cause: string; now?: Date },
): Promise<RecordedRun | null> {
  const evaluation = await evaluateTender(tx, tenderId);
  if (!evaluation.complete) return null;
  const lots: RunLot[] = evaluation.lots.map((lot) => ({
    lotId: lot.lotId,
    validBidIds: lot.bids.map((b) => b.id),
    input: lot.input!,
    results: lot.results,
    sensitivity: lot.sensitivity,
  }));
  const fingerprint = sha256Hex(Buffer.from(canonicalJSON(lots.map((l) => ({ lotId: l.lotId, input: l.input }))), "utf8"));
  const latest = await tx.evaluationRun.findFirst({ where: { tenderId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (latest !== null && latest.fingerprint === fingerprint) {
    return { id: latest.id, createdAt: latest.createdAt, cause: latest.cause, lots: latest.lots as unknown as RunLot[], logged: false };
  }
  const run = await tx.evaluationRun.create({
    data: { tenderId, cause, actorId, fingerprint, lots: lots as unknown as Prisma.InputJsonValue, createdAt: now },
  });
  await appendAudit(tx, {
    chain: tenderChain(tenderId), actorId, action: "evaluation.run", entityType: "EvaluationRun", entityId: run.id, at: now,
    before: latest === null ? null : { runId: latest.id, ranking: rankingOf(latest.lots as unknown as RunLot[]) },
    after: { cause, ranking: rankingOf(lots) },
  });
  return { id: run.id, createdAt: run.createdAt, cause, lots, logged: true };
}

/** Per lot the bid ids best first with rank and total: what the audit trail and the protocol show. */
function rankingOf(lots: RunLot[]) {
  return lots.map((l) => ({ lotId: l.lotId, ranking: l.results.map((r) => ({ bidId: r.id, rank: r.rank, total: r.total })) }));
}
