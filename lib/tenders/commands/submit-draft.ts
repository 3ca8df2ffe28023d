import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZTenderStepInput } from "../schemas";
import { guardedUpdate } from "../guarded-transition";
import { loadForStep } from "../load-for-step";

/** The drafter asks for the four-eyes approval; the draft stays editable until someone approves it. */
export const submitDraft = defineCommand({
  name: "tender.submitDraft",
  action: "tender.update",
  input: ZTenderStepInput,
  load: ({ tx, input }) => loadForStep(tx, input.tenderId),
  run: async ({ tx, input, now, resource: tender }) => {
    if (tender.status !== "DRAFT") throw new AppError("INVALID_STATE", "errors.tender.notDraft");
    await guardedUpdate(tx, { ...tender, version: input.version }, { submittedAt: now, returnComment: null });
    return {
      data: { id: tender.id },
      audit: { chain: `tender:${tender.id}`, action: "tender.submitted_for_approval", entityType: "Tender", entityId: tender.id },
    };
  },
});
