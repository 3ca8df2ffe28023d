import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { loadEvaluationScope, requireEvaluation } from "../panel/load";
import { recordEvaluationRun } from "../runs";
import { ZConsensusInput, ZSaveScoresInput } from "../schemas";
import { parseScores } from "./parse";
import { scoringGrid } from "./sheet-rows";

/**
 * Individual scoring: the evaluator's own score and written justification per quality criterion and valid bid.
 * Saving may be partial; "submit my scores" needs the full grid and makes them final — only then does the
 * evaluator see the others' (lib/evaluation/scores/queries.ts).
 */
export const saveScores = defineCommand({
  name: "evaluation.score",
  action: "evaluation.score",
  input: ZSaveScoresInput,
  load: ({ tx, input, actor }) => loadEvaluationScope(tx, input.tenderId, actor.userId),
  run: async ({ tx, input, now, actor, resource: tender }) => {
    requireEvaluation(tender);
    const member = tender.member!; // the policy required the seat
    if (member.scoresSubmittedAt !== null) throw new AppError("INVALID_STATE", "evaluation.errors.alreadySubmitted");
    const grid = await scoringGrid(tx, tender.id);
    const scores = parseScores(input.scores, { ...grid, maxPoints: tender.maxPoints });
    for (const s of scores) {
      await tx.evaluationScore.upsert({
        where: { bidId_criterionId_evaluatorId_stage: { bidId: s.bidId, criterionId: s.criterionId, evaluatorId: actor.userId, stage: "INDIVIDUAL" } },
        // The command's clock, not the database's: the protocol dates each score (and a test clock must hold there too).
        create: { bidId: s.bidId, criterionId: s.criterionId, evaluatorId: actor.userId, stage: "INDIVIDUAL", score: s.score, justification: s.justification, createdAt: now, updatedAt: now },
        update: { score: s.score, justification: s.justification, updatedAt: now },
      });
    }
    if (input.submit) {
      const done = await tx.evaluationScore.count({
        where: { evaluatorId: actor.userId, stage: "INDIVIDUAL", bidId: { in: [...grid.bidIds] }, criterionId: { in: [...grid.criterionIds] } },
      });
      if (grid.size === 0 || done < grid.size) {
        throw new AppError("VALIDATION", "evaluation.errors.scoresIncomplete", { messageParams: { done, total: grid.size } });
      }
      await tx.panelMember.update({ where: { id: member.id }, data: { scoresSubmittedAt: now } });
    }
    return {
      data: { tenderId: tender.id, saved: scores.length, submitted: input.submit },
      audit: {
        chain: `tender:${tender.id}`, action: "evaluation.scored", entityType: "PanelMember", entityId: member.id,
        after: { scores: scores.map((s) => ({ bidId: s.bidId, criterionId: s.criterionId, score: s.score })), submitted: input.submit },
      },
    };
  },
});

/**
 * Consensus: the chair's score per criterion and bid, with a justification, once every member without a conflict
 * has submitted. The result is recomputed and, when it changed, logged as an EvaluationRun.
 */
export const setConsensus = defineCommand({
  name: "evaluation.consensus",
  action: "evaluation.consensus",
  input: ZConsensusInput,
  load: ({ tx, input, actor }) => loadEvaluationScope(tx, input.tenderId, actor.userId),
  run: async ({ tx, input, now, actor, resource: tender }) => {
    requireEvaluation(tender);
    const pending = await tx.panelMember.count({ where: { tenderId: tender.id, conflictDeclaredAt: null, scoresSubmittedAt: null } });
    if (pending > 0) throw new AppError("INVALID_STATE", "evaluation.errors.panelNotDone", { messageParams: { pending } });
    const grid = await scoringGrid(tx, tender.id);
    const scores = parseScores(input.scores, { ...grid, maxPoints: tender.maxPoints });
    for (const s of scores) {
      // One consensus per (bid, criterion), whoever chaired when it was set.
      await tx.evaluationScore.deleteMany({ where: { bidId: s.bidId, criterionId: s.criterionId, stage: "CONSENSUS", evaluatorId: { not: actor.userId } } });
      await tx.evaluationScore.upsert({
        where: { bidId_criterionId_evaluatorId_stage: { bidId: s.bidId, criterionId: s.criterionId, evaluatorId: actor.userId, stage: "CONSENSUS" } },
        // The command's clock, not the database's: the protocol dates each score (and a test clock must hold there too).
        create: { bidId: s.bidId, criterionId: s.criterionId, evaluatorId: actor.userId, stage: "CONSENSUS", score: s.score, justification: s.justification, createdAt: now, updatedAt: now },
        update: { score: s.score, justification: s.justification, updatedAt: now },
      });
    }
    const run = await recordEvaluationRun(tx, { tenderId: tender.id, actorId: actor.userId, cause: "consensus", now });
    return {
      data: { tenderId: tender.id, saved: scores.length, runId: run?.id ?? null },
      audit: {
        chain: `tender:${tender.id}`, action: "evaluation.consensus_set", entityType: "Tender", entityId: tender.id,
        after: { scores: scores.map((s) => ({ bidId: s.bidId, criterionId: s.criterionId, score: s.score, justification: s.justification })) },
      },
    };
  },
});
