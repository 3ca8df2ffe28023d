import { AppError, type FieldErrors } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineCommand } from "@/lib/mutation";
import { transitionTender } from "@/lib/tenders/guarded-transition";

import { loadEvaluationScope } from "./panel/load";
import { evaluateTender, type LotEvaluation } from "./result/compute";
import { recordEvaluationRun } from "./runs";
import { ZProposeAwardInput } from "./schemas";
import type { ScoringSnapshot } from "./snapshot";

/**
 * The winners of a lot from its ranking: the first `winnerCount` bids in rank order. A tie across the cut that the
 * announced rule could not break (a shared rank) is not decided here: drawing of lots first.
 */
export function winnersOf(lot: Pick<LotEvaluation, "results" | "winnerCount">): string[] {
  const count = Math.min(lot.winnerCount, lot.results.length);
  const last = lot.results[count - 1];
  const next = lot.results[count];
  if (last !== undefined && next !== undefined && last.rank === next.rank) {
    throw new AppError("INVALID_STATE", "evaluation.errors.tieUnresolved", { bids: [last.id, next.id] });
  }
  return lot.results.slice(0, count).map((r) => r.id);
}

/**
 * Award proposal (tildelingsforslag): per lot the ranked winner(s) from the evaluation result, with the officer's
 * written justification. Writes AwardDecision rows (PROPOSED, rank, the scoring snapshot) and moves the tender
 * EVALUATION → AWARD_PROPOSED; approval is a manager's (award.approve).
 */
export const proposeAward = defineCommand({
  name: "award.propose",
  action: "award.propose",
  input: ZProposeAwardInput,
  load: ({ tx, input, actor }) => loadEvaluationScope(tx, input.tenderId, actor.userId),
  run: async ({ tx, input, now, actor, resource: tender }) => {
    if (tender.status !== "EVALUATION") throw new AppError("INVALID_STATE", "evaluation.errors.notInEvaluation", { status: tender.status });
    const evaluation = await evaluateTender(tx, tender.id);
    if (!evaluation.complete) throw new AppError("INVALID_STATE", "evaluation.errors.resultIncomplete");
    const fieldErrors: FieldErrors = {};
    const justifications = evaluation.lots.map((lot, i) => {
      const given = input.lots.find((l) => l.lotId === lot.lotId)?.justification ?? "";
      if (given === "") fieldErrors[`lots.${i}.justification`] = ["evaluation.errors.justificationRequired"];
      return given;
    });
    if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", "evaluation.errors.proposalJustification", { fieldErrors });
    const run = await recordEvaluationRun(tx, { tenderId: tender.id, actorId: actor.userId, cause: "award_proposed", now });

    const decisions: { lotId: string; winners: string[] }[] = [];
    for (const [i, lot] of evaluation.lots.entries()) {
      const winners = winnersOf(lot);
      const snapshot: ScoringSnapshot = {
        version: 1, lotId: lot.lotId, runId: run?.id ?? null, input: lot.input!, results: lot.results, sensitivity: lot.sensitivity,
        winners, justifications: lot.justifications,
      };
      for (const [index, bidId] of winners.entries()) {
        await tx.awardDecision.create({
          data: {
            tenderId: tender.id, lotId: lot.lotId, winningBidId: bidId, status: "PROPOSED", rank: index + 1,
            reasoning: justifications[i]!, scoringSnapshot: snapshot as unknown as Prisma.InputJsonValue, proposedById: actor.userId, proposedAt: now,
          },
        });
      }
      await tx.bid.updateMany({ where: { id: { in: lot.bids.map((b) => b.id) }, status: "QUALIFIED" }, data: { status: "EVALUATED" } });
      decisions.push({ lotId: lot.lotId, winners });
    }
    const result = await transitionTender(tx, tender, "proposeAward");
    return {
      data: { tenderId: tender.id, status: result.status, decisions },
      audit: {
        chain: `tender:${tender.id}`, action: "award.proposed", entityType: "Tender", entityId: tender.id,
        before: { status: result.from }, after: { status: result.status, runId: run?.id ?? null, decisions, justifications },
      },
    };
  },
});
