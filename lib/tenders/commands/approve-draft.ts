import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { officerTender } from "@/lib/routes";

import { transitionTender } from "../guarded-transition";
import { ZTenderStepInput } from "../schemas";
import { loadForStep } from "../load-for-step";

/** Four eyes: a manager of the region (or a second officer, where the region says so) approves; never the drafter. */
export const approveDraft = defineCommand({
  name: "tender.approveDraft",
  action: "tender.approve",
  input: ZTenderStepInput,
  load: ({ tx, input }) => loadForStep(tx, input.tenderId),
  run: async ({ tx, input, actor, now, resource: tender }) => {
    if (tender.status === "DRAFT" && !tender.submittedAt) throw new AppError("INVALID_STATE", "errors.tender.notSubmitted");
    const result = await transitionTender(tx, { ...tender, version: input.version }, "approve", { approvedById: actor.userId, approvedAt: now });
    return {
      data: { id: tender.id, status: result.status },
      audit: { chain: `tender:${tender.id}`, action: "tender.approved", entityType: "Tender", entityId: tender.id, before: { status: result.from }, after: { status: result.status } },
      notify: [{ to: { userId: tender.createdById }, template: "tender.draft-approved", params: { path: officerTender(tender.id), reference: tender.reference } }],
    };
  },
});
