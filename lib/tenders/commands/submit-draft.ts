import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZTenderStepInput } from "../schemas";
import { assertVersion, loadForStep } from "../load-for-step";

/** The drafter asks for the four-eyes approval; the draft stays editable until someone approves it. */
export const submitDraft = defineCommand({
  name: "tender.submitDraft",
  action: "tender.update",
  input: ZTenderStepInput,
  load: ({ tx, input }) => loadForStep(tx, input.tenderId),
  run: async ({ tx, input, now, resource: tender }) => {
    if (tender.status !== "DRAFT") throw new AppError("INVALID_STATE", "errors.tender.notDraft");
    assertVersion(tender, input.version);
    const saved = await tx.tender.updateMany({
      where: { id: tender.id, status: "DRAFT", version: input.version },
      data: { submittedAt: now, returnComment: null, version: { increment: 1 } },
    });
    if (saved.count !== 1) throw new AppError("CONFLICT", "errors.conflict");
    return {
      data: { id: tender.id },
      audit: { chain: `tender:${tender.id}`, action: "tender.submitted_for_approval", entityType: "Tender", entityId: tender.id },
    };
  },
});
