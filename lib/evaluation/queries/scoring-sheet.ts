import { can } from "@/lib/auth/policy";
import { readOpenedBid } from "@/lib/bids/opened";
import { defineDetailQuery } from "@/lib/query";

import { findEvaluationScope } from "../panel/load";
import { ZTenderIdInput } from "../schemas";
import { scoringGrid } from "../scores/sheet-rows";

/**
 * The evaluator's scoring sheet: every valid bid's answers to the quality criteria (decrypted through
 * lib/bids/opened, and only AFTER the policy allowed this actor: seat + signed declaration), their own scores and
 * — only once they have submitted theirs — the other members' scores.
 */
export const getScoringSheet = defineDetailQuery({
  name: "evaluation.scoringSheet",
  action: "evaluation.score",
  input: ZTenderIdInput,
  load: async ({ db, actor, input }) => {
    const scope = await findEvaluationScope(db, input.tenderId, actor!.userId);
    if (scope === null) return null;
    // Refused here means the runner answers FORBIDDEN on this same row: nothing below is read.
    if (!can(actor, "evaluation.score", scope)) return { ...scope, sheet: null };
    const grid = await scoringGrid(db, scope.id);
    const submitted = scope.member?.scoresSubmittedAt ?? null;
    const [own, others] = await Promise.all([
      db.evaluationScore.findMany({ where: { evaluatorId: actor!.userId, stage: "INDIVIDUAL", bid: { tenderId: scope.id } }, select: { bidId: true, criterionId: true, score: true, justification: true } }),
      // Nobody sees another's scores before submitting their own: the filter is the guarantee, not the page.
      submitted === null
        ? Promise.resolve([])
        : db.panelMember.findMany({ where: { tenderId: scope.id, scoresSubmittedAt: { not: null }, userId: { not: actor!.userId } }, select: { userId: true } }).then((done) => db.evaluationScore.findMany({
          // …and then only what the others have submitted, never their drafts.
          where: { evaluatorId: { in: done.map((m) => m.userId) }, stage: "INDIVIDUAL", bid: { tenderId: scope.id } },
          select: { bidId: true, criterionId: true, score: true, justification: true, evaluator: { select: { name: true } } },
        })),
    ]);
    const answers = scope.openedAt === null ? new Map<string, Map<string, string>>() : await answersOf(db, grid.bids.map((b) => b.id));
    return {
      ...scope,
      sheet: {
        submittedAt: submitted,
        criteria: grid.criteria.map((c) => ({ id: c.id, name: c.name, description: c.description, weight: c.weight.toFixed() })),
        bids: grid.bids.map((b) => ({
          id: b.id, lotNumber: b.lot.number, lotTitle: b.lot.title, supplierName: b.supplier.name, orgnr: b.supplier.orgnr,
          answers: Object.fromEntries(answers.get(b.id) ?? []),
        })),
        own: own.map((s) => ({ bidId: s.bidId, criterionId: s.criterionId, score: s.score.toFixed(), justification: s.justification })),
        others: others.map((s) => ({ bidId: s.bidId, criterionId: s.criterionId, score: s.score.toFixed(), justification: s.justification, evaluator: s.evaluator.name })),
      },
    };
  },
});

async function answersOf(db: Parameters<typeof findEvaluationScope>[0], bidIds: string[]) {
  const answers = new Map<string, Map<string, string>>();
  for (const bidId of bidIds) {
    const opened = await readOpenedBid(db, bidId);
    answers.set(bidId, new Map((opened?.submission.quality ?? []).map((q) => [q.criterionId, q.answer])));
  }
  return answers;
}
