import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { portalOpening } from "@/lib/routes";

import { loadBidForQualification } from "../qualification/load";
import { recordEvaluationRun } from "../runs";
import { advanceQualification } from "../qualification/progress";
import { ZRejectBidInput } from "../qualification/schemas";
import { REJECTABLE_BID, tenderRejectable } from "../qualification/states";

/**
 * Avvisning: an officer of the region rejects an opened bid with a legal basis (grounds.ts) and a reason, both
 * required. The bid leaves the evaluation (status REJECTED) but stays, with its versions, in the opening record and the
 * protocol; the bidder is told through the outbox. Possible until the award is proposed (qualification/states.ts).
 */
export const rejectBid = defineCommand({
  name: "qualification.reject",
  action: "bid.qualify",
  input: ZRejectBidInput,
  load: ({ tx, input }) => loadBidForQualification(tx, input.bidId),
  run: async ({ tx, input, actor, now, resource: bid }) => {
    if (!tenderRejectable(bid.tender.status)) throw new AppError("INVALID_STATE", "opening.errors.notQualifying", { status: bid.tender.status });
    const { count } = await tx.bid.updateMany({
      where: { id: bid.id, status: { in: [...REJECTABLE_BID] } },
      data: { status: "REJECTED", rejectionBasis: input.basis, rejectionReason: input.reason, rejectedAt: now, rejectedById: actor.userId },
    });
    if (count !== 1) throw new AppError("INVALID_STATE", "opening.errors.bidNotAssessable", { status: bid.status });
    const tender = await advanceQualification(tx, bid.tender);
    // The set of valid bids changed: a relative price model can reverse the ranking, so the new result is logged too.
    if (tender.status === "EVALUATION") await recordEvaluationRun(tx, { tenderId: bid.tenderId, actorId: actor.userId, cause: "bid_rejected", now });
    return {
      data: { bidId: bid.id, tenderId: bid.tenderId, tenderStatus: tender.status },
      audit: { chain: `tender:${bid.tenderId}`, action: "bid.rejected", entityType: "Bid", entityId: bid.id, before: { status: bid.status }, after: { status: "REJECTED", basis: input.basis, reason: input.reason } },
      notify: [{ to: { supplierId: bid.supplierId }, template: "bid.rejected" as const, params: { path: portalOpening(bid.tenderId), reference: bid.tender.reference, basis: input.basis, reason: input.reason } }],
    };
  },
});
