import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { transitionTender } from "@/lib/tenders/guarded-transition";

import { loadAwardTender } from "../load";
import { officerAward } from "../routes";
import { ZReturnAwardInput } from "../schemas";

/**
 * The manager returns the proposal (every lot's) to the evaluation with a required comment: the proposals are
 * REJECTED, kept with the comment, and the tender is back in EVALUATION for a new proposal. Same right as approving.
 */
export const returnAward = defineCommand({
  name: "award.return",
  action: "award.approve",
  input: ZReturnAwardInput,
  load: ({ tx, input }) => loadAwardTender(tx, input.tenderId),
  run: async ({ tx, input, actor, now, resource: tender }) => {
    if (tender.status !== "AWARD_PROPOSED" || tender.proposals.length === 0) throw new AppError("INVALID_STATE", "awards.errors.noProposal");
    if (tender.proposals.some((p) => p.proposedById === actor.userId)) throw new AppError("FORBIDDEN", "awards.errors.ownProposal");
    const result = await transitionTender(tx, { ...tender, version: input.version }, "rejectProposal", {}, { reason: input.comment });
    const ids = tender.proposals.map((p) => p.id);
    await tx.awardDecision.updateMany({
      where: { id: { in: ids }, status: "PROPOSED" },
      data: { status: "REJECTED", returnComment: input.comment, returnedById: actor.userId, returnedAt: now },
    });
    const proposers = [...new Set(tender.proposals.map((p) => p.proposedById))];
    return {
      data: { id: tender.id, status: result.status },
      audit: { chain: `tender:${tender.id}`, action: "award.returned", entityType: "Tender", entityId: tender.id, before: { status: result.from }, after: { status: result.status, awards: ids, comment: input.comment } },
      notify: proposers.map((userId) => ({ to: { userId }, template: "award.returned" as const, params: { path: officerAward(tender.id), reference: tender.reference } })),
    };
  },
});
