import { z } from "zod";
import { Dec, isMoney } from "./decimal";
import type { ScoringIssueCode } from "./errors";
import { checkCriteria, checkQualityScores, checkUniqueIds, flag } from "./rules";
import type { PricedQualityInput, ScoringInput } from "./types";

// Leaf rules are non-aborting custom checks, so the cross-field rules below still run and the caller
// gets every problem at once rather than one per attempt.
const rule = (code: ScoringIssueCode, error: string) => ({ error, params: { code } });

export const ZMoney = (code: ScoringIssueCode = "invalid_price") =>
  z.custom<string>(isMoney, {
    ...rule(code, 'must be a decimal string greater than 0, e.g. "1250000.50"'),
    abort: false, // z.custom aborts by default, which would hide the cross-field issues
  });

export const ZMaxPoints = z.number().refine((v) => v > 0, rule("max_points", "maxPoints must be greater than 0"));
export const ZTieBreak = z.enum(["none", "lowest-price", "highest-quality"]);
const ZId = z.string().min(1);
const ZWeight = z.number().refine((w) => w >= 0, rule("negative_weight", "weight must not be negative"));

export const ZBid = z.strictObject({ id: ZId, price: ZMoney(), quality: z.record(z.string(), z.number()) });

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
    if (new Dec(model.zeroPointsAt).lte(model.fullPointsAt)) {
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
