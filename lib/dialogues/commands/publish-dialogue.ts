import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { formatOsloDateTime } from "@/lib/time";

import { guardedDialogueUpdate, loadDialogueForWrite } from "../load";
import { ZDialogueStepInput } from "../schemas";

/**
 * DRAFT → PUBLISHED: the dialogue appears on the public pages, in the API and as an eForms E1 notice, and suppliers
 * may answer until the response deadline, which must lie ahead (as must a dialogue meeting).
 */
export const publishDialogue = defineCommand({
  name: "dialogue.publish",
  action: "dialogue.publish",
  input: ZDialogueStepInput,
  load: ({ tx, input }) => loadDialogueForWrite(tx, input.dialogueId),
  run: async ({ tx, input, now, actor, resource: dialogue }) => {
    if (dialogue.status !== "DRAFT") throw new AppError("INVALID_STATE", "dialogue.errors.notDraft");
    if (dialogue.responseDeadline <= now) {
      throw new AppError("VALIDATION", "dialogue.errors.deadlineNotAhead", {
        fieldErrors: { responseDeadline: ["dialogue.errors.deadlineNotAhead"] },
        messageParams: { at: formatOsloDateTime(dialogue.responseDeadline, actor.locale) },
      });
    }
    if (dialogue.meetingAt && dialogue.meetingAt <= now) {
      throw new AppError("VALIDATION", "dialogue.errors.meetingNotAhead", { fieldErrors: { meetingAt: ["dialogue.errors.meetingNotAhead"] } });
    }
    await guardedDialogueUpdate(tx, { ...dialogue, version: input.version }, { status: "PUBLISHED", publishedAt: now });
    return {
      data: { id: dialogue.id, status: "PUBLISHED" as const },
      audit: { chain: `dialogue:${dialogue.id}`, action: "dialogue.published", entityType: "MarketDialogue", entityId: dialogue.id, before: { status: "DRAFT" }, after: { status: "PUBLISHED", responseDeadline: dialogue.responseDeadline.toISOString() } },
    };
  },
});
