import { Dec, fromNumber, tieKey, toOutput, ZERO } from "./decimal";
import { parseOrThrow } from "./errors";
import { rankEntries } from "./rank";
import { ZPricedQualityInput } from "./schemas";
import type { PricedQualityInput, PricedQualityResult } from "./types";

/**
 * DFØ's "prissetting av kvalitet": each quality score is worth a stated NOK amount, deducted from the price;
 * the lowest adjusted price wins. No bid's result depends on another bid, so there is no rank reversal.
 * "highest-quality" breaks ties on the largest total deduction (quality's value in NOK).
 */
export function scorePricedQuality(input: PricedQualityInput): { ranking: PricedQualityResult[] } {
  const parsed = parseOrThrow(ZPricedQualityInput, input);
  const perPoint = parsed.criteria.map((c) => new Dec(c.fullScoreValue).div(parsed.maxPoints));
  const entries = parsed.bids.map((bid) => {
    const deductions = parsed.criteria.map((c, i) =>
      (perPoint[i] ?? ZERO).times(fromNumber(bid.quality[c.id] ?? 0)),
    );
    const totalDeduction = deductions.reduce((acc, d) => acc.plus(d), ZERO);
    const price = new Dec(bid.price);
    const adjusted = price.minus(totalDeduction);
    return {
      id: bid.id,
      price,
      adjusted,
      deductions,
      primary: tieKey(adjusted).neg(),
      quality: tieKey(totalDeduction),
    };
  });
  const ranking = rankEntries(entries, parsed.tieBreak).map(({ entry, rank, tiedWith }) => ({
    id: entry.id,
    rank,
    adjustedPrice: toOutput(entry.adjusted),
    deductions: Object.fromEntries(parsed.criteria.map((c, i) => [c.id, toOutput(entry.deductions[i] ?? ZERO)])),
    tiedWith,
  }));
  return { ranking };
}
