import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { officerTender } from "@/lib/routes";

import { guardedUpdate, transitionTender } from "../guarded-transition";
import { ZReturnDraftInput } from "../schemas";
import { loadForStep } from "../load-for-step";

/**
 * The approver sends a draft back with a comment: a submitted draft goes back to its drafter, an approved one
 * (READY, not yet announced) back to DRAFT. The comment is shown on the draft and kept in the audit trail.
 */
export const returnDraft = defineCommand({
  name: "tender.returnDraft",
  action: "tender.approve",
  input: ZReturnDraftInput,
  load: ({ tx, input }) => loadForStep(tx, input.tenderId),
  run: async ({ tx, input, resource: tender }) => {
    // The version the approver saw: a save in between makes this a CONFLICT.
    const seen = { ...tender, version: input.version };
    const data = { submittedAt: null, approvedById: null, approvedAt: null, returnComment: input.comment };
    if (tender.status === "READY") {
      await transitionTender(tx, seen, "sendBack", data, { reason: input.comment });
    } else {
      if (tender.status !== "DRAFT" || !tender.submittedAt) throw new AppError("INVALID_STATE", "errors.tender.notSubmitted");
      await guardedUpdate(tx, seen, data);
    }
    return {
      data: { id: tender.id },
      audit: { chain: `tender:${tender.id}`, action: "tender.returned", entityType: "Tender", entityId: tender.id, after: { comment: input.comment } },
      notify: [{ to: { userId: tender.createdById }, template: "tender.draft-returned", params: { path: officerTender(tender.id), reference: tender.reference } }],
    };
  },
});
