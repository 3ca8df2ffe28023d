import { z } from "zod";

import { oreToMoney, parseNokToOre } from "@/lib/money";
import { PROCEDURES } from "@/lib/rules";
import { ZPriceModel } from "@/lib/scoring";
import { id, text, ZCheckbox } from "@/lib/schemas";

import { RESERVATIONS } from "./reservation";

/*
 * The parts of a draft from issue 9 points 3–5: each lot's area and reservation, the evaluation model (lib/scoring's
 * price models, scale, quality mode, tie-break), results-based price components, the procedure, a stricter regime
 * with its reason and a reservation with its legal basis. A draft may be saved incomplete (the split need not sum to
 * 100 yet); what lib/scoring would refuse is never stored.
 */

export { ZCheckbox };

export const PRICE_MODEL_KINDS = ["proportional", "linear-relative", "linear-absolute"] as const;
export const MAX_POINTS = [5, 10, 20, 100] as const;
export const QUALITY_MODES = ["ABSOLUTE", "RELATIVE"] as const;
export const TIE_BREAKS = ["HIGHEST_QUALITY", "LOWEST_PRICE", "NONE"] as const;
export const ANNOUNCED_REGIMES = ["PART_I", "PART_II", "PART_III", "PART_IV"] as const;

const FIELD_OF_CODE: Record<string, [string, string]> = {
  zero_multiple: ["zeroAtMultipleOfLowest", "errors.draftModel.zeroMultiple"],
  zero_points: ["zeroPointsAt", "errors.draftModel.zeroPointsOrder"],
};

/** A lib/scoring price model from the form's fields; parameters are checked by lib/scoring's own schema. */
const ZPriceModelInput = z
  .object({
    kind: z.enum(PRICE_MODEL_KINDS, { error: "errors.draftModel.priceModel" }),
    zeroAtMultipleOfLowest: text().trim().default(""),
    allowNegative: ZCheckbox.default(false),
    fullPointsAt: text().trim().default(""),
    zeroPointsAt: text().trim().default(""),
  })
  .transform((input, ctx) => {
    let bad = false;
    const nok = (field: "fullPointsAt" | "zeroPointsAt") => {
      const ore = parseNokToOre(input[field]);
      if (ore === null || ore <= 0n) {
        bad = true;
        ctx.addIssue({ code: "custom", path: [field], message: "errors.field.amount" });
        return "0";
      }
      return oreToMoney(ore);
    };
    const multiple = Number(input.zeroAtMultipleOfLowest.replace(",", "."));
    if (input.kind === "linear-relative" && !(/^\d+([.,]\d{1,4})?$/.test(input.zeroAtMultipleOfLowest) && multiple > 1)) {
      ctx.addIssue({ code: "custom", path: ["zeroAtMultipleOfLowest"], message: "errors.draftModel.zeroMultiple" });
      return z.NEVER;
    }
    const candidate =
      input.kind === "proportional"
        ? { kind: input.kind }
        : input.kind === "linear-relative"
          ? { kind: input.kind, zeroAtMultipleOfLowest: multiple, ...(input.allowNegative ? { allowNegative: true } : {}) }
          : { kind: input.kind, fullPointsAt: nok("fullPointsAt"), zeroPointsAt: nok("zeroPointsAt") };
    if (bad) return z.NEVER;
    const parsed = ZPriceModel.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const code = (issue.code === "custom" ? (issue.params?.code as string | undefined) : undefined) ?? issue.code;
      const [field, message] = FIELD_OF_CODE[code] ?? [String(issue.path[0] ?? "kind"), "errors.draftModel.priceModel"];
      ctx.addIssue({ code: "custom", path: [field], message });
    }
    return z.NEVER;
  });

export const ZEvaluationModel = z.object({
  priceModel: ZPriceModelInput,
  maxPoints: z.coerce.number().pipe(z.union(MAX_POINTS.map((points) => z.literal(points)), { error: "errors.draftModel.maxPoints" })),
  qualityMode: z.enum(QUALITY_MODES, { error: "errors.draftModel.qualityMode" }),
  tieBreak: z.enum(TIE_BREAKS, { error: "errors.draftModel.tieBreak" }),
});

/** A percentage with at most two decimals ("40", "12,5"), kept as an exact string; empty while not yet decided. */
const ZPercent = text()
  .trim()
  .transform((value) => value.replace(",", "."))
  .refine((value) => value === "" || (/^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= 100), "errors.draftModel.percent");

/** The expected outcome rate in percent, up to three decimals (stored as a share 0..1 with five). */
const ZRatePercent = text()
  .trim()
  .transform((value) => value.replace(",", "."))
  .refine((value) => value === "" || (/^\d{1,3}(\.\d{1,3})?$/.test(value) && Number(value) <= 100), "errors.draftModel.outcomeRate");

export const ZResultsBased = z.object({
  enabled: ZCheckbox.default(false),
  fixedPercent: ZPercent.default(""),
  outcomes: z
    .array(z.object({ name: text().trim().max(200, "errors.field.titleTooLong").default(""), percent: ZPercent.default("") }))
    .max(10)
    .default([]),
  expectedOutcomeRate: ZRatePercent.default(""),
});
export type TResultsBased = z.output<typeof ZResultsBased>;

export const ZRegimeChoice = z
  .object({
    chosenRegime: z.enum(["", ...ANNOUNCED_REGIMES], { error: "errors.draftModel.regime" }).default("").transform((value) => value || null),
    chosenRegimeReason: text().trim().max(2000, "errors.field.descriptionTooLong").default(""),
  })
  .superRefine((choice, ctx) => {
    if (choice.chosenRegime && !choice.chosenRegimeReason) ctx.addIssue({ code: "custom", path: ["chosenRegimeReason"], message: "errors.draftModel.regimeReasonRequired" });
  });

export const ZProcedure = z.enum(PROCEDURES, { error: "errors.draftModel.procedure" });
export const ZReservation = z.enum(RESERVATIONS, { error: "errors.draftModel.reservation" });
export const ZReservationBasis = text().trim().max(500, "errors.field.titleTooLong").default("");

/** A lot's area and reservation; `coverage: "municipalities"` needs at least one municipality of the region. */
export const ZLotModel = z.object({
  coverage: z.enum(["region", "municipalities"]).default("region"),
  municipalities: z.array(id()).max(500).default([]),
  reservation: z.enum(["", ...RESERVATIONS], { error: "errors.draftModel.reservation" }).default("").transform((value) => value || null),
  reservationBasis: ZReservationBasis,
});

/** The stored form of a results-based split (Tender.paymentSplit). */
export interface PaymentSplit {
  fixedPercent: string;
  outcomes: { name: string; percent: string }[];
}

/** Reads Tender.paymentSplit back; anything not of the stored shape counts as not results-based. */
export function readPaymentSplit(value: unknown): PaymentSplit | null {
  const parsed = z
    .object({ fixedPercent: z.string(), outcomes: z.array(z.object({ name: z.string(), percent: z.string() })) })
    .safeParse(value);
  return parsed.success ? parsed.data : null;
}
