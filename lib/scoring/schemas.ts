import { z } from "zod";
import type { ScoringIssueCode } from "./errors";
import { fromNumber, parseDecimal } from "./fixed";
import { checkCriteria, checkQualityScores, checkUniqueIds, flag } from "./rules";
import type { PricedQualityInput, QualityScore, ScoringInput } from "./types";

// At most 20 decimals keeps every amount exact in the 40-decimal arithmetic (øre need 2).
const DECIMAL_STRING = /^\d+(\.\d{1,20})?$/;

/** A plain non-negative decimal string: digits and up to 20 decimals; no sign, exponent or spaces. */
export function isDecimalString(value: unknown): value is string {
  return typeof value === "string" && DECIMAL_STRING.test(value);
}

export function isMoney(value: unknown): value is string {
  return isDecimalString(value) && /[1-9]/.test(value);
}

// Leaf rules are non-aborting refinements carrying a stable code, so the cross-field rules below still run
// and the caller gets every problem at once rather than one per attempt.
const rule = (code: ScoringIssueCode, error: string) => ({ error, params: { code } });

export const ZMoney = (code: ScoringIssueCode = "invalid_price") =>
  z.custom<string>(isMoney, {
    ...rule(code, 'must be a decimal string greater than 0 with at most 20 decimals, e.g. "1250000.50"'),
    abort: false, // z.custom aborts by default, which would hide the cross-field issues
  });

// fromNumber: a positive number too small for 40 decimals would become a 0 divisor
export const ZMaxPoints = z
  .number()
  .refine((v) => v > 0 && fromNumber(v) > 0n, rule("max_points", "maxPoints must be greater than 0"));
export const ZTieBreak = z.enum(["none", "lowest-price", "highest-quality"]);
const ZId = z.string().min(1);
const ZWeight = z.number().refine((w) => w >= 0, rule("negative_weight", "weight must not be negative"));

// Scores are checked in checkQualityScores: a zod record schema per bid was most of the validation time
// (1,000 bids × 20 criteria), and the scores need the criteria for their range checks anyway.
const ZScores = z.custom<Record<string, QualityScore>>(
  (v) => typeof v === "object" && v !== null && !Array.isArray(v),
  { error: "must be an object of scores by criterion id" },
);

export const ZBid = z.strictObject({ id: ZId, price: ZMoney(), quality: ZScores });

export const ZCriterion = z.discriminatedUnion("kind", [
  z.strictObject({ id: ZId, kind: z.literal("price"), weight: ZWeight }),
  z.strictObject({ id: ZId, kind: z.literal("quality"), weight: ZWeight }),
]);

const ZLinearAbsolute = z
  .strictObject({
    kind: z.literal("linear-absolute"),
    fullPointsAt: ZMoney("invalid_money"),
    zeroPointsAt: ZMoney("invalid_money"),
  })
  .superRefine((model, ctx) => {
    if (!isMoney(model.fullPointsAt) || !isMoney(model.zeroPointsAt)) return;
    if (parseDecimal(model.zeroPointsAt) <= parseDecimal(model.fullPointsAt)) {
      flag(ctx, ["zeroPointsAt"], "zero_points", "zeroPointsAt must be greater than fullPointsAt");
    }
  });

export const ZPriceModel = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("proportional") }),
  z.strictObject({
    kind: z.literal("linear-relative"),
    zeroAtMultipleOfLowest: z.number().refine((k) => k > 1, rule("zero_multiple", "must be greater than 1")),
    allowNegative: z.boolean().optional(),
  }),
  ZLinearAbsolute,
]);

/** The full input of `score` and `sensitivity`; strict, so a mistyped option fails instead of being ignored. */
export const ZScoringInput: z.ZodType<ScoringInput> = z
  .strictObject({
    maxPoints: ZMaxPoints,
    priceModel: ZPriceModel,
    qualityMode: z.enum(["absolute", "relative"]),
    tieBreak: ZTieBreak,
    criteria: z.array(ZCriterion),
    bids: z.array(ZBid),
  })
  .superRefine((input, ctx) => {
    checkCriteria(ctx, input.criteria);
    checkUniqueIds(ctx, input.bids, "bids", "duplicate_bid");
    const qualityIds = input.criteria.filter((c) => c.kind === "quality").map((c) => c.id);
    checkQualityScores(ctx, input.bids, qualityIds, input.maxPoints);
  });

export const ZPricedQualityInput: z.ZodType<PricedQualityInput> = z
  .strictObject({
    maxPoints: ZMaxPoints,
    tieBreak: ZTieBreak,
    criteria: z.array(z.strictObject({ id: ZId, fullScoreValue: ZMoney("invalid_money") })),
    bids: z.array(ZBid),
  })
  .superRefine((input, ctx) => {
    checkUniqueIds(ctx, input.criteria, "criteria", "duplicate_criterion");
    checkUniqueIds(ctx, input.bids, "bids", "duplicate_bid");
    checkQualityScores(ctx, input.bids, input.criteria.map((c) => c.id), input.maxPoints);
  });
