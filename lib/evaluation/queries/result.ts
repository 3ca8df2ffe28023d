import { can } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { defineDetailQuery } from "@/lib/query";

import { findEvaluationScope } from "../panel/load";
import { evaluateTender, type TenderEvaluation } from "../result/compute";
import type { RunLot } from "../runs";
import { ZTenderIdInput } from "../schemas";

interface ResultRun { id: string; cause: string; createdAt: Date; lots: RunLot[] }
interface ResultProposal {
  id: string; lotId: string; winningBidId: string; rank: number; status: string; reasoning: string; proposedAt: Date; proposedBy: { name: string };
}

/** Results exist from evaluation on (before it there is no consensus, and before opening no price). */
const WITH_RESULT = new Set(["EVALUATION", "NEGOTIATION", "AWARD_PROPOSED", "AWARD_DECIDED", "STANDSTILL", "CONTRACT_SIGNED", "AWARD_NOTICE_PUBLISHED", "ACTIVE", "EXPIRED", "TERMINATED"]);

/**
 * The result page: per lot the prices, price points, consensus quality points, weighted totals, ranking, ties and
 * sensitivity — all from lib/scoring over the stored rows — plus the logged runs and any award proposal.
 */
export const getEvaluationResult = defineDetailQuery({
  name: "evaluation.result",
  action: "evaluation.read_result",
  input: ZTenderIdInput,
  load: async ({ db, actor, input }) => {
    const scope = await findEvaluationScope(db, input.tenderId, actor!.userId);
    if (scope === null) return null;
    const empty = { ...scope, evaluation: null as TenderEvaluation | null, errorKey: null as string | null, runs: [] as ResultRun[], proposals: [] as ResultProposal[] };
    if (!can(actor, "evaluation.read_result", scope) || !WITH_RESULT.has(scope.status) || scope.openedAt === null) return empty;
    const [evaluation, runs, proposals] = await Promise.all([
      // A stored row lib/scoring cannot take (no price from the opening, a broken model) is shown, not a 500.
      db.$transaction((tx) => evaluateTender(tx, scope.id)).catch((error: unknown) => {
        if (error instanceof AppError) return error;
        throw error;
      }),
      db.evaluationRun.findMany({ where: { tenderId: scope.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, cause: true, createdAt: true, lots: true } }),
      db.awardDecision.findMany({
        where: { tenderId: scope.id },
        orderBy: [{ proposedAt: "asc" }, { rank: "asc" }],
        select: { id: true, lotId: true, winningBidId: true, rank: true, status: true, reasoning: true, proposedAt: true, proposedBy: { select: { name: true } } },
      }),
    ]);
    return {
      ...empty,
      evaluation: evaluation instanceof AppError ? null : evaluation,
      errorKey: evaluation instanceof AppError ? evaluation.messageKey : null,
      runs: runs.map((r) => ({ id: r.id, cause: r.cause, createdAt: r.createdAt, lots: r.lots as unknown as RunLot[] })),
      proposals,
    };
  },
});
