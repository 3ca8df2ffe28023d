import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { guardedDialogueUpdate, loadDialogueForWrite, loadTenderableMeasure } from "../load";
import { ZUpdateDialogueInput } from "../schemas";

/** The officer edits a draft dialogue; once published its terms stand (suppliers answer what they read). */
export const updateDialogue = defineCommand({
  name: "dialogue.update",
  action: "dialogue.update",
  input: ZUpdateDialogueInput,
  load: ({ tx, input }) => loadDialogueForWrite(tx, input.dialogueId),
  run: async ({ tx, input, resource: dialogue }) => {
    if (dialogue.status !== "DRAFT") throw new AppError("INVALID_STATE", "dialogue.errors.notDraft");
    const measure = await loadTenderableMeasure(tx, input.measureTypeId);
    const data = {
      title: input.title,
      description: input.description,
      measureTypeId: measure.id,
      meetingAt: input.meetingAt,
      meetingPlace: input.meetingPlace || null,
      responseDeadline: input.responseDeadline!,
      plannedAnnouncement: input.plannedAnnouncement,
    };
    await guardedDialogueUpdate(tx, { ...dialogue, version: input.version }, data);
    return {
      data: { id: dialogue.id },
      audit: {
        chain: `dialogue:${dialogue.id}`,
        action: "dialogue.updated",
        entityType: "MarketDialogue",
        entityId: dialogue.id,
        before: { title: dialogue.title, responseDeadline: dialogue.responseDeadline.toISOString() },
        after: { title: input.title, responseDeadline: input.responseDeadline!.toISOString() },
      },
    };
  },
});
