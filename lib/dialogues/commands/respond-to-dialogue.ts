import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { formatOsloDateTime } from "@/lib/time";

import { loadDialogueForWrite } from "../load";
import { ZRespondInput } from "../schemas";
import { acceptsResponses } from "../status";

/**
 * A supplier user answers a published dialogue for one of its organisations, or changes that answer, strictly before
 * the response deadline. The dialogue row is locked while the deadline and state are checked and the answer written,
 * so no answer lands after a conversion or beside another write of the dialogue; the deadline is judged at the
 * command's one `now`. One answer per organisation (the latest text counts; the audit keeps every version).
 */
export const respondToDialogue = defineCommand({
  name: "dialogue.respond",
  action: "dialogue.respond",
  input: ZRespondInput,
  load: async ({ tx, input }) => {
    const dialogue = await loadDialogueForWrite(tx, input.dialogueId);
    // Drafts do not exist to suppliers.
    if (dialogue.status === "DRAFT") throw new AppError("NOT_FOUND", "errors.notFound");
    const supplier = await tx.supplier.findUnique({ where: { id: input.supplierId }, select: { id: true } });
    if (!supplier) throw new AppError("FORBIDDEN", "errors.forbidden");
    // The policy judges the stored organisation and the dialogue's publication (isPublished reads `announcedAt`).
    return { dialogue, supplierId: supplier.id, regionId: dialogue.regionId, announcedAt: dialogue.publishedAt };
  },
  run: async ({ tx, input, actor, now, resource }) => {
    const { dialogue, supplierId } = resource;
    if (dialogue.status === "CONVERTED") throw new AppError("INVALID_STATE", "dialogue.errors.converted");
    if (!acceptsResponses(dialogue, now)) {
      throw new AppError("DEADLINE_PASSED", "dialogue.errors.responseDeadlinePassed", { messageParams: { at: formatOsloDateTime(dialogue.responseDeadline, actor.locale) } });
    }
    const key = { dialogueId_supplierId: { dialogueId: dialogue.id, supplierId } };
    const before = await tx.dialogueResponse.findUnique({ where: key, select: { text: true, interested: true } });
    const response = await tx.dialogueResponse.upsert({
      where: key,
      create: { dialogueId: dialogue.id, supplierId, userId: actor.userId, text: input.text, interested: input.interested, submittedAt: now, updatedAt: now },
      update: { userId: actor.userId, text: input.text, interested: input.interested, updatedAt: now },
      select: { id: true },
    });
    return {
      data: { id: response.id, updated: before !== null },
      audit: {
        chain: `dialogue:${dialogue.id}`,
        action: before ? "dialogue.response_updated" : "dialogue.responded",
        entityType: "DialogueResponse",
        entityId: response.id,
        ...(before ? { before: { interested: before.interested, length: before.text.length } } : {}),
        after: { supplierId, interested: input.interested, length: input.text.length },
      },
    };
  },
});
