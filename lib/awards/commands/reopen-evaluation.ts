import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { publicNotice } from "@/lib/routes";
import { transitionTender } from "@/lib/tenders/guarded-transition";

import { bidderSuppliers, loadAwardTender } from "../load";
import { ZReopenEvaluationInput } from "../schemas";
import { refreshHistoryRow } from "@/lib/history/refresh";

/**
 * An upheld complaint sets the decided award aside: the approved decisions are REVOKED (kept for the protocol), the
 * bids are valid again (QUALIFIED), and the tender goes back to EVALUATION with the reason. Every bidder is told.
 * Only while a complaint on the tender is upheld; an officer of the region (who proposes awards) does it.
 */
export const reopenEvaluation = defineCommand({
  name: "award.reopenEvaluation",
  action: "award.propose",
  input: ZReopenEvaluationInput,
  load: ({ tx, input }) => loadAwardTender(tx, input.tenderId),
  run: async ({ tx, input, resource: tender }) => {
    const upheld = await tx.complaint.count({ where: { tenderId: tender.id, status: "UPHELD" } });
    if (upheld === 0) throw new AppError("INVALID_STATE", "awards.errors.noUpheldComplaint");
    const result = await transitionTender(tx, { ...tender, version: input.version }, "reopenEvaluation", {}, { reason: input.reason });
    const ids = tender.approved.map((a) => a.id);
    await tx.awardDecision.updateMany({ where: { id: { in: ids }, status: "APPROVED" }, data: { status: "REVOKED" } });
    await tx.bid.updateMany({ where: { tenderId: tender.id, status: { in: ["AWARDED", "NOT_AWARDED"] } }, data: { status: "QUALIFIED" } });
    await refreshHistoryRow(tx, tender.id);
    const bidders = await bidderSuppliers(tx, tender.id);
    return {
      data: { id: tender.id, status: result.status },
      audit: { chain: `tender:${tender.id}`, action: "evaluation.reopened", entityType: "Tender", entityId: tender.id, before: { status: result.from }, after: { status: result.status, revoked: ids, reason: input.reason } },
      notify: bidders.map((supplierId) => ({ to: { supplierId }, template: "award.revoked" as const, params: { path: publicNotice(tender.id), reference: tender.reference, reason: input.reason } })),
    };
  },
});
