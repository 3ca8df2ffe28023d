import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { loadTenderableMeasure, nextDialogueReference } from "../load";
import { ZCreateDialogueInput } from "../schemas";

/** An officer drafts a market dialogue for a planned purchase in their region (published by a separate step). */
export const createDialogue = defineCommand({
  name: "dialogue.create",
  action: "dialogue.create",
  input: ZCreateDialogueInput,
  load: async ({ tx, input }) => {
    const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } });
    if (!region) throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { regionId: ["errors.field.regionRequired"] } });
    return { regionId: region.id };
  },
  run: async ({ tx, input, actor, now, resource: region }) => {
    const measure = await loadTenderableMeasure(tx, input.measureTypeId);
    const dialogue = await tx.marketDialogue.create({
      data: {
        reference: await nextDialogueReference(tx, now),
        title: input.title,
        description: input.description,
        measureTypeId: measure.id,
        regionId: region.regionId,
        meetingAt: input.meetingAt,
        meetingPlace: input.meetingPlace || null,
        responseDeadline: input.responseDeadline!,
        plannedAnnouncement: input.plannedAnnouncement,
        createdById: actor.userId,
      },
      select: { id: true, reference: true },
    });
    return {
      data: dialogue,
      audit: {
        chain: `dialogue:${dialogue.id}`,
        action: "dialogue.created",
        entityType: "MarketDialogue",
        entityId: dialogue.id,
        after: { reference: dialogue.reference, title: input.title, measure: measure.code, responseDeadline: input.responseDeadline!.toISOString() },
      },
    };
  },
});
