import { can } from "@/lib/auth/policy";
import { defineDetailQuery } from "@/lib/query";
import { aggregate } from "@/lib/scoring";

import { spreadOf } from "../consensus";
import { findEvaluationScope } from "../panel/load";
import { ZTenderIdInput } from "../schemas";
import { scoringGrid } from "../scores/sheet-rows";

/**
 * The chair's consensus sheet: per bid and criterion every member's submitted score and justification, the
 * suggested consensus (lib/scoring's mean, exact) with the spread, and the consensus set so far.
 */
export const getConsensusSheet = defineDetailQuery({
  name: "evaluation.consensusSheet",
  action: "evaluation.consensus",
  input: ZTenderIdInput,
  load: async ({ db, actor, input }) => {
    const scope = await findEvaluationScope(db, input.tenderId, actor!.userId);
    if (scope === null) return null;
    if (!can(actor, "evaluation.consensus", scope)) return { ...scope, sheet: null };
    const grid = await scoringGrid(db, scope.id);
    const [members, scores] = await Promise.all([
      db.panelMember.findMany({ where: { tenderId: scope.id }, orderBy: { user: { name: "asc" } }, select: { userId: true, isChair: true, scoresSubmittedAt: true, conflictDeclaredAt: true, impartialityAt: true, user: { select: { name: true } } } }),
      db.evaluationScore.findMany({ where: { bid: { tenderId: scope.id } }, select: { bidId: true, criterionId: true, evaluatorId: true, stage: true, score: true, justification: true } }),
    ]);
    // Only submitted scores count (and are shown): a draft is the member's own until they submit.
    const submitted = new Set(members.filter((m) => m.scoresSubmittedAt !== null && m.conflictDeclaredAt === null).map((m) => m.userId));
    const cells = grid.bids.flatMap((bid) => grid.criteria.map((criterion) => {
      const individual = scores.filter((s) => s.stage === "INDIVIDUAL" && s.bidId === bid.id && s.criterionId === criterion.id && submitted.has(s.evaluatorId));
      const values = individual.map((s) => s.score.toFixed());
      const consensus = scores.find((s) => s.stage === "CONSENSUS" && s.bidId === bid.id && s.criterionId === criterion.id);
      const suggested = values.length === 0 ? null : aggregate(values, "mean");
      return {
        bidId: bid.id,
        criterionId: criterion.id,
        individual: individual.map((s) => ({ evaluatorId: s.evaluatorId, score: s.score.toFixed(), justification: s.justification })),
        suggested,
        spread: spreadOf(values, suggested),
        consensus: consensus === undefined ? null : { score: consensus.score.toFixed(), justification: consensus.justification },
      };
    }));
    return {
      ...scope,
      sheet: {
        members: members.map((m) => ({ userId: m.userId, name: m.user.name, chair: m.isChair, submittedAt: m.scoresSubmittedAt, conflict: m.conflictDeclaredAt !== null, declared: m.impartialityAt !== null })),
        pending: members.filter((m) => m.conflictDeclaredAt === null && m.scoresSubmittedAt === null).length,
        criteria: grid.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight.toFixed() })),
        bids: grid.bids.map((b) => ({ id: b.id, lotNumber: b.lot.number, lotTitle: b.lot.title, supplierName: b.supplier.name })),
        cells,
      },
    };
  },
});
