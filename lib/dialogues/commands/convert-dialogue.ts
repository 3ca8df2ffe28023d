import { authorize } from "@/lib/auth/policy";
import { AppError, fromZodError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { createDraft } from "@/lib/tenders";

import { guardedDialogueUpdate, loadDialogueForWrite } from "../load";
import { ZDialogueStepInput } from "../schemas";

/**
 * PUBLISHED (open or closed) → CONVERTED: the officer turns the dialogue into a tender draft. The draft is made by
 * createDraft itself — its input schema, its region check, its policy action (tender.create) and its run, in this
 * transaction — so a converted draft is exactly a new draft (reference, one lot for the region, the measure's
 * evaluation template), then given the dialogue's description. The dialogue and the draft point at each other
 * (MarketDialogue.tenderId, Tender.dialogue). Converting closes the dialogue to further answers.
 * The organisations that registered interest hear of it when the competition is announced (announcement-hook.ts).
 */
export const convertDialogue = defineCommand({
  name: "dialogue.convert",
  action: "dialogue.convert",
  input: ZDialogueStepInput,
  load: ({ tx, input }) => loadDialogueForWrite(tx, input.dialogueId),
  run: async (ctx) => {
    const { tx, input, actor, now, resource: dialogue } = ctx;
    if (dialogue.status === "DRAFT") throw new AppError("INVALID_STATE", "dialogue.errors.notPublished");
    if (dialogue.status === "CONVERTED") throw new AppError("INVALID_STATE", "dialogue.errors.alreadyConverted");

    const parsed = createDraft.input.safeParse({ measureTypeId: dialogue.measureTypeId, regionId: dialogue.regionId, title: dialogue.title });
    if (!parsed.success) throw fromZodError(parsed.error);
    const base = { ...ctx, input: parsed.data };
    const region = await createDraft.load!(base);
    authorize(actor, createDraft.action, region);
    const draft = await createDraft.run({ ...base, resource: region });
    const tenderId = draft.data.id;
    await tx.tender.update({ where: { id: tenderId }, data: { description: dialogue.description } });

    await guardedDialogueUpdate(tx, { ...dialogue, version: input.version }, { status: "CONVERTED", convertedAt: now, tenderId });
    const interested = await tx.dialogueResponse.count({ where: { dialogueId: dialogue.id, interested: true } });
    return {
      data: { id: dialogue.id, tenderId, reference: draft.data.reference },
      audit: [
        ...[draft.audit].flat(),
        {
          chain: `dialogue:${dialogue.id}`,
          action: "dialogue.converted",
          entityType: "MarketDialogue",
          entityId: dialogue.id,
          before: { status: dialogue.status },
          after: { status: "CONVERTED", tenderId, tenderReference: draft.data.reference, interested },
        },
      ],
    };
  },
});
