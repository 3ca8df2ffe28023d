import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { formatOslo } from "@/lib/time";

import { replaceCriteria } from "../criteria-writes";
import { ZCreateDraftInput } from "../schemas";
import { evaluationTemplate } from "../templates";

/** "2026/0143": the Oslo year and the next number in it. Serialised by a transaction lock, so two drafts never clash. */
async function nextReference(tx: Tx, now: Date): Promise<string> {
  const year = formatOslo(now, "yyyy");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('tender-reference'))`;
  const latest = await tx.tender.findFirst({ where: { reference: { startsWith: `${year}/` } }, orderBy: { reference: "desc" }, select: { reference: true } });
  const number = latest ? Number(latest.reference.slice(5)) + 1 : 1;
  return `${year}/${String(number).padStart(4, "0")}`;
}

/**
 * An officer starts a competition from a measure type: one lot for the region and the measure's evaluation template
 * (quality above price), to adapt before approval. Measures that are not tendered (pre-approved AFT/VTA, measures a
 * Nav office runs itself) are refused with the reason.
 */
export const createDraft = defineCommand({
  name: "tender.createDraft",
  action: "tender.create",
  input: ZCreateDraftInput,
  load: async ({ tx, input }) => {
    const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true, name: true } });
    if (!region) throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { regionId: ["errors.field.regionRequired"] } });
    return { regionId: region.id, name: region.name };
  },
  run: async ({ tx, input, actor, now, resource: region }) => {
    const measure = await tx.measureType.findUnique({ where: { id: input.measureTypeId } });
    if (!measure?.active) throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { measureTypeId: ["errors.field.measureTypeRequired"] } });
    if (measure.acquisition !== "PROCURED") {
      const reason = `errors.tender.notTendered.${measure.acquisition}`;
      throw new AppError("INVALID_STATE", reason, { fieldErrors: { measureTypeId: [reason] } });
    }
    const tender = await tx.tender.create({
      data: {
        reference: await nextReference(tx, now),
        title: input.title,
        measureTypeId: measure.id,
        regionId: region.regionId,
        createdById: actor.userId,
        estimatedValueOre: 0n,
        lots: { create: [{ number: 1, title: region.name, regionId: region.regionId, places: 0 }] },
      },
      select: { id: true, reference: true },
    });
    const template = evaluationTemplate(measure.code);
    await replaceCriteria(tx, tender.id, template.price, template.quality);
    return {
      data: tender,
      audit: {
        chain: `tender:${tender.id}`,
        action: "tender.draft_created",
        entityType: "Tender",
        entityId: tender.id,
        after: { reference: tender.reference, title: input.title, measure: measure.code, template: { price: template.price, quality: template.quality.map((c) => [c.name, c.weight]) } },
      },
    };
  },
});
