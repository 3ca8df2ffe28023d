import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { loadAwardTender } from "../load";
import { portalAwardLetter } from "../routes";
import { ZDecideComplaintInput } from "../schemas";

/**
 * The officer records the decision on a complaint with reasons, sent to the complaining organisation through the
 * outbox. A decided complaint no longer blocks the contract; an upheld one lets the evaluation be reopened
 * (reopenEvaluation). Officers of the tender's region only.
 */
export const decideComplaint = defineCommand({
  name: "complaint.decide",
  action: "complaint.decide",
  input: ZDecideComplaintInput,
  load: async ({ tx, input }) => {
    const found = await tx.complaint.findUnique({ where: { id: input.complaintId }, select: { tenderId: true } });
    if (!found) throw new AppError("NOT_FOUND", "errors.notFound");
    const tender = await loadAwardTender(tx, found.tenderId);
    const complaint = await tx.complaint.findUniqueOrThrow({ where: { id: input.complaintId }, select: { id: true, status: true, supplierId: true } });
    return { ...tender, complaint };
  },
  run: async ({ tx, input, actor, now, resource: tender }) => {
    const { count } = await tx.complaint.updateMany({
      where: { id: tender.complaint.id, status: "PENDING" },
      data: { status: input.outcome, decidedById: actor.userId, decidedAt: now, decisionReason: input.reason },
    });
    if (count !== 1) throw new AppError("INVALID_STATE", "awards.errors.complaintDecided");
    return {
      data: { id: tender.complaint.id, outcome: input.outcome },
      audit: { chain: `tender:${tender.id}`, action: "complaint.decided", entityType: "Complaint", entityId: tender.complaint.id, before: { status: "PENDING" }, after: { status: input.outcome, reason: input.reason } },
      notify: [{
        to: { supplierId: tender.complaint.supplierId },
        template: "complaint.decided" as const,
        params: { path: portalAwardLetter(tender.id), reference: tender.reference, outcome: input.outcome, reason: input.reason },
      }],
    };
  },
});
