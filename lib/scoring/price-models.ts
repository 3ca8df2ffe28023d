import { divRound, type Fixed, fromNumber, mulDiv, parseDecimal, SCALE, ZERO } from "./fixed";
import type { PriceModel } from "./types";

export type PriceScorer = (price: Fixed) => Fixed;

/**
 * The points function of a price model for one evaluation. The relative models depend on the lowest price
 * among the bids being evaluated, which is why removing a bid can reorder the others (see README).
 */
export function priceScorer(model: PriceModel, lowest: Fixed, max: Fixed): PriceScorer {
  switch (model.kind) {
    case "proportional":
      return (price) => mulDiv(max, lowest, price);
    case "linear-relative": {
      // max × (price − lowest) / (lowest × (k − 1)), kept as one fraction so it rounds once
      const denominator = lowest * (fromNumber(model.zeroAtMultipleOfLowest) - SCALE);
      const floored = model.allowNegative !== true;
      return (price) => {
        const points = max - divRound(max * (price - lowest) * SCALE, denominator);
        return floored && points < ZERO ? ZERO : points;
      };
    }
    case "linear-absolute": {
      const zero = parseDecimal(model.zeroPointsAt);
      const span = zero - parseDecimal(model.fullPointsAt);
      return (price) => clamp(mulDiv(max, zero - price, span), ZERO, max);
    }
  }
}

function clamp(value: Fixed, low: Fixed, high: Fixed): Fixed {
  return value < low ? low : value > high ? high : value;
}

/** Lowest price among the bids, or undefined when there are none. */
export function lowestPrice(prices: Fixed[]): Fixed | undefined {
  return prices.reduce<Fixed | undefined>((low, p) => (low === undefined || p < low ? p : low), undefined);
}
