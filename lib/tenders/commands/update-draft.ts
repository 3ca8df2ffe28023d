import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { replaceCriteria } from "../criteria-writes";
import { guardedUpdate } from "../guarded-transition";
import { ZUpdateDraftInput } from "../schemas";

/**
 * Saves a draft as it stands, complete or not: fields, lots, award criteria and qualification requirements. Only a
 * DRAFT can be edited, and only from the version the officer loaded (someone else's save in between → CONFLICT).
 */
export const updateDraft = defineCommand({
  name: "tender.updateDraft",
  action: "tender.update",
  input: ZUpdateDraftInput,
  load: async ({ tx, input }) => {
    const tender = await tx.tender.findUnique({
      where: { id: input.tenderId },
      select: { id: true, regionId: true, status: true, version: true, title: true, estimatedValueOre: true, deadline: true },
    });
    if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
    return tender;
  },
  run: async ({ tx, input, resource: tender }) => {
    if (tender.status !== "DRAFT") throw new AppError("INVALID_STATE", "errors.tender.notDraft");
    await guardedUpdate(tx, { ...tender, version: input.version }, {
        title: input.title,
        description: input.description,
        estimatedValueOre: input.estimatedValue,
        optionModel: input.optionModel,
        contractMonths: 24,
        questionDeadline: input.questionDeadline,
        deadline: input.deadline,
    });
    await tx.lot.deleteMany({ where: { tenderId: tender.id } });
    await tx.lot.createMany({
      data: input.lots.map((lot, index) => ({ tenderId: tender.id, number: index + 1, title: lot.title, regionId: tender.regionId, places: lot.places, continuousIntake: lot.continuousIntake })),
    });
    await replaceCriteria(tx, tender.id, input.priceWeight, input.quality);
    await tx.qualificationRequirement.deleteMany({ where: { tenderId: tender.id } });
    await tx.qualificationRequirement.createMany({
      data: input.requirements.map((requirement, index) => ({ tenderId: tender.id, position: index + 1, ...requirement })),
    });
    return {
      data: { id: tender.id, version: input.version + 1 },
      audit: {
        chain: `tender:${tender.id}`,
        action: "tender.draft_saved",
        entityType: "Tender",
        entityId: tender.id,
        before: { title: tender.title, estimatedValueOre: tender.estimatedValueOre.toString(), deadline: tender.deadline?.toISOString() ?? null },
        after: {
          title: input.title,
          estimatedValueOre: input.estimatedValue.toString(),
          deadline: input.deadline?.toISOString() ?? null,
          lots: input.lots.length,
          weights: { price: input.priceWeight, quality: input.quality.map((criterion) => [criterion.name, criterion.weight]) },
        },
      },
    };
  },
});
