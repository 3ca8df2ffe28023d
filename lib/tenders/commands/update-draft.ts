import Decimal from "decimal.js";

import type { FieldErrors } from "@/lib/errors";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineCommand } from "@/lib/mutation";

import { replaceCriteria } from "../criteria-writes";
import { draftRegime } from "../draft-regime";
import { guardedUpdate } from "../guarded-transition";
import { isPrefilledBasis, reservationBasisFor, reservationRefusal } from "../reservation";
import { ZUpdateDraftInput } from "../schemas";

/**
 * Saves a draft as it stands, complete or not: fields, lots (each the whole region or a set of its municipalities,
 * optionally reserved on its own), award criteria, the evaluation model, results-based price components, the
 * procedure, a stricter regime with its reason, a reservation with its legal basis, and qualification requirements.
 * Only a DRAFT can be edited, and only from the version the officer loaded (someone else's save in between →
 * CONFLICT). Refused as VALIDATION, writing nothing: a municipality outside the tender's region, a "stricter" regime
 * that is not stricter, a reservation the rules do not allow (lib/tenders/reservation.ts). A changed regime choice is
 * audited as its own event, so it reaches the protocol.
 */
export const updateDraft = defineCommand({
  name: "tender.updateDraft",
  action: "tender.update",
  input: ZUpdateDraftInput,
  load: async ({ tx, input }) => {
    const tender = await tx.tender.findUnique({
      where: { id: input.tenderId },
      select: {
        id: true, regionId: true, status: true, version: true, title: true, estimatedValueOre: true, deadline: true,
        chosenRegime: true, chosenRegimeReason: true, measureType: { select: { code: true } },
      },
    });
    if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
    return tender;
  },
  run: async ({ tx, input, now, resource: tender }) => {
    if (tender.status !== "DRAFT") throw new AppError("INVALID_STATE", "errors.tender.notDraft");
    const errors: FieldErrors = {};
    const add = (field: string, key: string) => (errors[field] ??= []).push(key);

    const wanted = [...new Set(input.lots.flatMap((lot) => (lot.coverage === "municipalities" ? lot.municipalities : [])))];
    const inRegion = new Set(
      (await tx.municipality.findMany({ where: { id: { in: wanted }, regionId: tender.regionId }, select: { id: true } })).map((m) => m.id),
    );
    input.lots.forEach((lot, index) => {
      if (lot.coverage === "municipalities" && lot.municipalities.some((id) => !inRegion.has(id))) add(`lots.${index}.municipalities`, "errors.draftModel.municipalityOutsideRegion");
    });

    const regime = draftRegime(input.estimatedValue, await tx.threshold.findMany(), now, input.chosenRegime);
    if (regime.refusal) add("chosenRegime", regime.refusal);
    const refusal = (reservation: Parameters<typeof reservationRefusal>[0]) => reservationRefusal(reservation, regime.regime, tender.measureType.code);
    const tenderRefusal = refusal(input.reservation);
    if (tenderRefusal) add("reservation", tenderRefusal);
    input.lots.forEach((lot, index) => {
      const lotRefusal = lot.reservation ? refusal(lot.reservation) : null;
      if (lotRefusal) add(`lots.${index}.reservation`, lotRefusal);
    });
    if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "errors.validation", { fieldErrors: errors });

    // The legal basis is prefilled from the rule when the officer leaves it empty or keeps another regime's prefill.
    const basis = (reservation: typeof input.reservation, typed: string) =>
      reservation === "NONE" ? null : typed && !isPrefilledBasis(typed) ? typed : reservationBasisFor(reservation, regime.regime);
    const split = input.resultsBased;
    // A "choice" of the value's own regime is no choice: only a stricter one is stored (and audited).
    const chosen = regime.chosen === null ? null : { regime: regime.chosen, reason: input.chosenRegimeReason };
    await guardedUpdate(tx, { ...tender, version: input.version }, {
      title: input.title,
      description: input.description,
      estimatedValueOre: input.estimatedValue,
      optionModel: input.optionModel,
      contractMonths: 24,
      questionDeadline: input.questionDeadline,
      deadline: input.deadline,
      procedure: input.procedure,
      chosenRegime: chosen?.regime ?? null,
      chosenRegimeReason: chosen?.reason ?? null,
      reservation: input.reservation,
      reservationBasis: basis(input.reservation, input.reservationBasis),
      priceModel: input.evaluation.priceModel,
      maxPoints: input.evaluation.maxPoints,
      qualityMode: input.evaluation.qualityMode,
      tieBreak: input.evaluation.tieBreak,
      paymentSplit: split.enabled ? { fixedPercent: split.fixedPercent, outcomes: split.outcomes } : Prisma.DbNull,
      expectedOutcomeRate: split.enabled && split.expectedOutcomeRate ? new Decimal(split.expectedOutcomeRate).div(100).toFixed() : null,
    });
    await tx.lot.deleteMany({ where: { tenderId: tender.id } });
    for (const [index, lot] of input.lots.entries()) {
      await tx.lot.create({
        data: {
          tenderId: tender.id,
          number: index + 1,
          title: lot.title,
          regionId: tender.regionId,
          places: lot.places,
          continuousIntake: lot.continuousIntake,
          reservation: lot.reservation,
          reservationBasis: lot.reservation ? basis(lot.reservation, lot.reservationBasis) : null,
          municipalities: lot.coverage === "municipalities" ? { create: [...new Set(lot.municipalities)].map((municipalityId) => ({ municipalityId })) } : undefined,
        },
      });
    }
    await replaceCriteria(tx, tender.id, input.priceWeight, input.quality);
    await tx.qualificationRequirement.deleteMany({ where: { tenderId: tender.id } });
    await tx.qualificationRequirement.createMany({
      data: input.requirements.map((requirement, index) => ({ tenderId: tender.id, position: index + 1, ...requirement })),
    });
    const entity = { chain: `tender:${tender.id}` as const, entityType: "Tender", entityId: tender.id };
    const before = tender.chosenRegime === null ? null : { regime: tender.chosenRegime, reason: tender.chosenRegimeReason };
    const regimeChanged = JSON.stringify(before) !== JSON.stringify(chosen);
    return {
      data: { id: tender.id, version: input.version + 1 },
      audit: [
        {
          ...entity,
          action: "tender.draft_saved",
          before: { title: tender.title, estimatedValueOre: tender.estimatedValueOre.toString(), deadline: tender.deadline?.toISOString() ?? null },
          after: {
            title: input.title,
            estimatedValueOre: input.estimatedValue.toString(),
            deadline: input.deadline?.toISOString() ?? null,
            procedure: input.procedure,
            lots: input.lots.map((lot) => ({ title: lot.title, municipalities: lot.coverage === "municipalities" ? lot.municipalities.length : "region", reservation: lot.reservation })),
            weights: { price: input.priceWeight, quality: input.quality.map((criterion) => [criterion.name, criterion.weight]) },
            evaluation: input.evaluation,
            reservation: input.reservation,
            resultsBased: split.enabled ? { fixedPercent: split.fixedPercent, outcomes: split.outcomes, expectedOutcomeRate: split.expectedOutcomeRate } : null,
          },
        },
        // The protocol records a deliberate choice of a stricter regime, and its reason (domain.md §0).
        ...(regimeChanged
          ? [{ ...entity, action: "tender.regime_chosen", before: { chosen: before }, after: { byValue: regime.byValue, chosen } }]
          : []),
      ],
    };
  },
});
