import type { z } from "zod";
import { format, fromNumber, fromScore, HUNDRED } from "./fixed";
import type { ScoringIssueCode } from "./errors";
import type { Bid, Criterion } from "./types";

type Path = (string | number)[];

export function flag(ctx: z.RefinementCtx, path: Path, code: ScoringIssueCode, message: string): void {
  ctx.addIssue({ code: "custom", path, message, params: { code } });
}

export function checkUniqueIds(
  ctx: z.RefinementCtx,
  items: { id: string }[],
  base: string,
  code: ScoringIssueCode,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) flag(ctx, [base, index, "id"], code, `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
}

/** Weights are percentages: none negative (checked per field), exactly 100 in total, one price criterion at most. */
export function checkCriteria(ctx: z.RefinementCtx, criteria: Criterion[]): void {
  checkUniqueIds(ctx, criteria, "criteria", "duplicate_criterion");
  let priceCount = 0;
  criteria.forEach((criterion, index) => {
    if (criterion.kind !== "price") return;
    priceCount += 1;
    if (priceCount > 1) flag(ctx, ["criteria", index, "kind"], "multiple_price", "at most one price criterion");
  });
  const sum = criteria.reduce((acc, c) => acc + fromNumber(c.weight), 0n);
  if (sum !== HUNDRED) {
    flag(ctx, ["criteria"], "weights_sum", `weights must sum to 100, got ${format(sum)}`);
  }
}

// The same plain form as money (no sign, exponent or spaces; at most 20 decimals, so every score stays exact).
const SCORE_STRING = /^\d+(\.\d{1,20})?$/;

/** A score in 0..max: a finite number, or a plain decimal string compared exactly. */
export function isScoreInRange(value: unknown, max: number): boolean {
  if (typeof value === "number") return value >= 0 && value <= max;
  if (typeof value !== "string" || !SCORE_STRING.test(value)) return false;
  return max === Infinity || fromScore(value) <= fromNumber(max);
}

/**
 * Every bid scores every quality criterion with a score in 0..maxPoints (a number or a decimal string), and
 * nothing else. The range check is skipped when maxPoints itself is invalid (that issue is already reported).
 */
export function checkQualityScores(
  ctx: z.RefinementCtx,
  bids: Bid[],
  qualityIds: string[],
  maxPoints: number,
): void {
  const known = new Set(qualityIds);
  const max = Number.isFinite(maxPoints) && maxPoints > 0 ? maxPoints : Infinity;
  bids.forEach((bid, index) => {
    let found = 0;
    for (const id of Object.keys(bid.quality)) {
      const value: unknown = bid.quality[id];
      if (!known.has(id)) {
        flag(ctx, ["bids", index, "quality", id], "quality_unknown", `"${id}" is not a quality criterion`);
        continue;
      }
      found += 1;
      if (!isScoreInRange(value, max)) {
        flag(ctx, ["bids", index, "quality", id], "quality_out_of_range", `score must be a number or decimal string in 0..${maxPoints}`);
      }
    }
    if (found === known.size) return;
    for (const id of known) {
      if (!Object.hasOwn(bid.quality, id)) {
        flag(ctx, ["bids", index, "quality", id], "quality_missing", `missing score for criterion "${id}"`);
      }
    }
  });
}
