import { z } from "zod";

import { SELECTION_CRITERIA } from "@/lib/bids/espd";
import { parseNokToOre } from "@/lib/money";
import { id, text } from "@/lib/schemas";
import { tryParseOslo } from "@/lib/time";

import { ZCheckbox, ZEvaluationModel, ZLotModel, ZProcedure, ZRegimeChoice, ZReservation, ZReservationBasis, ZResultsBased } from "./draft-model-schemas";

/*
 * The shapes of a draft, shared by the forms and the API. A draft may be saved incomplete (empty deadlines, zero
 * value, weights that do not yet add up); announcing checks everything (lib/tenders/announce-checks).
 */

export const OPTION_MODELS = ["2+1", "2+1+1", "2+1+1+1", "none"] as const;

export const ZCreateDraftInput = z.object({
  measureTypeId: id(),
  regionId: id(),
  title: text({ error: "errors.field.titleRequired" }).trim().min(3, "errors.field.titleTooShort").max(200, "errors.field.titleTooLong"),
});
export type TCreateDraftInput = z.input<typeof ZCreateDraftInput>;

/** "dd.mm.åååå tt:mm" Oslo time, or empty for not yet chosen. */
export const ZOsloInstant = text()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const parsed = tryParseOslo(value);
    if (parsed.ok) return parsed.instant;
    ctx.addIssue({ code: "custom", message: `errors.time.${parsed.reason}` });
    return z.NEVER;
  });

/** NOK as typed ("1 250 000"), stored as øre. */
const ZNok = text()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return 0n;
    const ore = parseNokToOre(value);
    if (ore !== null) return ore;
    ctx.addIssue({ code: "custom", message: "errors.field.amount" });
    return z.NEVER;
  });

/** A percentage weight with at most two decimals ("25", "12,5"), kept exact as a string. */
export const ZWeight = text()
  .trim()
  .transform((value) => value.replace(",", "."))
  .refine((value) => /^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= 100, "errors.field.weight");

const ZLot = z.object({
  title: text().trim().min(1, "errors.field.lotTitleRequired").max(200, "errors.field.titleTooLong"),
  places: z.coerce.number({ error: "errors.field.places" }).int("errors.field.places").min(0, "errors.field.places").max(100_000, "errors.field.places"),
  continuousIntake: ZCheckbox.default(false),
}).and(ZLotModel).superRefine((lot, ctx) => {
  if (lot.coverage === "municipalities" && lot.municipalities.length === 0) ctx.addIssue({ code: "custom", path: ["municipalities"], message: "errors.draftModel.municipalitiesRequired" });
});

const ZQualityCriterion = z.object({
  name: text().trim().min(1, "errors.field.criterionNameRequired").max(200, "errors.field.titleTooLong"),
  description: text().trim().max(2000, "errors.field.descriptionTooLong").default(""),
  weight: ZWeight,
});

const ZRequirement = z.object({
  requirement: text().trim().min(1, "errors.field.requirementRequired").max(2000, "errors.field.descriptionTooLong"),
  documentation: text().trim().max(2000, "errors.field.descriptionTooLong").default(""),
  /** The ESPD selection criterion the requirement is (lib/bids/espd); "" or absent = a national requirement. */
  espdCode: z
    .union([z.literal(""), z.enum(SELECTION_CRITERIA)], { error: "errors.field.espdCode" })
    .optional()
    .transform((code) => (code ? code : null)),
});

export const ZUpdateDraftInput = z.object({
  tenderId: id(),
  version: z.coerce.number().int().min(0),
  title: ZCreateDraftInput.shape.title,
  description: text().trim().max(20_000, "errors.field.descriptionTooLong").default(""),
  estimatedValue: ZNok,
  optionModel: z.enum(OPTION_MODELS, { error: "errors.field.optionModel" }),
  questionDeadline: ZOsloInstant,
  deadline: ZOsloInstant,
  priceWeight: ZWeight,
  quality: z.array(ZQualityCriterion).max(20).default([]),
  lots: z.array(ZLot).min(1, "errors.field.lotsRequired").max(50),
  requirements: z.array(ZRequirement).max(50).default([]),
  procedure: ZProcedure.default("OPEN"),
  reservation: ZReservation.default("NONE"),
  reservationBasis: ZReservationBasis,
  evaluation: ZEvaluationModel.default({ priceModel: { kind: "proportional" }, maxPoints: 10, qualityMode: "ABSOLUTE", tieBreak: "HIGHEST_QUALITY" }),
  resultsBased: ZResultsBased.default({ enabled: false, fixedPercent: "", outcomes: [], expectedOutcomeRate: "" }),
}).and(ZRegimeChoice);
export type TUpdateDraftInput = z.input<typeof ZUpdateDraftInput>;

export const ZTenderIdParam = z.object({ id: id() });

/** A step on one competition, from the version the user saw. */
export const ZTenderStepInput = z.object({ tenderId: id(), version: z.coerce.number().int().min(0) });

export const ZReturnDraftInput = ZTenderStepInput.extend({
  comment: text().trim().min(1, "errors.field.returnCommentRequired").max(2000, "errors.field.descriptionTooLong"),
});

export const ZCancelTenderInput = ZTenderStepInput.extend({
  reason: text().trim().min(1, "errors.field.cancelReasonRequired").max(2000, "errors.field.descriptionTooLong"),
});
