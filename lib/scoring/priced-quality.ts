import { parseOrThrow } from "./errors";
import { format, fromNumber, fromScore, mulDiv, parseDecimal, tieKey } from "./fixed";
import { rankEntries } from "./rank";
import { recordOf } from "./record";
import { ZPricedQualityInput } from "./schemas";
import type { PricedQualityInput, PricedQualityResult } from "./types";

/**
 * DFØ's "prissetting av kvalitet": each quality score is worth a stated NOK amount, deducted from the price;
 * the lowest adjusted price wins. No bid's result depends on another bid, so there is no rank reversal.
 * "highest-quality" breaks ties on the largest total deduction (quality's value in NOK).
 */
export function scorePricedQuality(input: PricedQualityInput): { ranking: PricedQualityResult[] } {
  const parsed = parseOrThrow(ZPricedQualityInput, input);
  const max = fromNumber(parsed.maxPoints);
  const values = parsed.criteria.map((c) => parseDecimal(c.fullScoreValue));
  const entries = parsed.bids.map((bid) => {
    const deductions = parsed.criteria.map((c, i) => mulDiv(values[i] ?? 0n, fromScore(bid.quality[c.id] ?? 0), max));
    const totalDeduction = deductions.reduce((acc, d) => acc + d, 0n);
    const price = parseDecimal(bid.price);
    const adjusted = price - totalDeduction;
    return { id: bid.id, price, adjusted, deductions, primary: -tieKey(adjusted), quality: tieKey(totalDeduction) };
  });
  const ranking = rankEntries(entries, parsed.tieBreak).map(({ entry, rank, tiedWith }) => ({
    id: entry.id,
    rank,
    adjustedPrice: format(entry.adjusted),
    deductions: recordOf(parsed.criteria.map((c) => c.id), entry.deductions.map((d) => format(d))),
    tiedWith,
  }));
  return { ranking };
}
