import Decimal from "decimal.js";

import type { BidPrice } from "@/lib/bids/content";
import { evaluatedPrice } from "@/lib/scoring";

/**
 * The price a bid is evaluated at, in øre, from its decrypted content: the unit price per participant-month, or for a
 * results-based price lib/scoring's evaluatedPrice (fixed part + outcome payments × the tender's expected outcome rate,
 * per participant). Written to Bid.priceOre at opening; lib/scoring stays the only formula.
 */
export function evaluatedPriceOre(price: BidPrice, expectedOutcomeRate: { toString(): string } | null): bigint {
  if (price.kind === "per-participant-month") return BigInt(price.unitPriceOre);
  const bonusOre = price.outcomes.reduce((sum, outcome) => sum + BigInt(outcome.ore), 0n);
  const nok = evaluatedPrice({
    fixedPerParticipant: new Decimal(price.fixedOre).div(100).toFixed(2),
    bonusPerOutcome: new Decimal(bonusOre.toString()).div(100).toFixed(2),
    expectedOutcomeRate: Number(expectedOutcomeRate?.toString() ?? "0"),
    participants: 1,
  });
  // Øre are whole: the expected outcome payment is rounded half up to the øre, once, here.
  return BigInt(new Decimal(nok).mul(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
}
