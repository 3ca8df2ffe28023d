import { Dec, ZERO } from "./decimal";
import type { PriceModel } from "./types";

export type PriceScorer = (price: Dec) => Dec;

/**
 * Returns the points function of a price model for one evaluation. The relative models depend on the lowest
 * price among the bids being evaluated, which is why removing a bid can reorder the others (see README).
 */
export function priceScorer(model: PriceModel, lowest: Dec, maxPoints: number): PriceScorer {
  const max = new Dec(maxPoints);
  switch (model.kind) {
    case "proportional": {
      const numerator = max.times(lowest);
      return (price) => numerator.div(price);
    }
    case "linear-relative": {
      const span = lowest.times(new Dec(model.zeroAtMultipleOfLowest).minus(1));
      const floor = model.allowNegative !== true;
      return (price) => {
        const points = max.times(new Dec(1).minus(price.minus(lowest).div(span)));
        return floor && points.isNegative() ? ZERO : points;
      };
    }
    case "linear-absolute": {
      const zero = new Dec(model.zeroPointsAt);
      const span = zero.minus(model.fullPointsAt);
      return (price) => Dec.min(max, Dec.max(ZERO, max.times(zero.minus(price)).div(span)));
    }
  }
}

/** Lowest price among the bids, or undefined when there are none. */
export function lowestPrice(prices: Dec[]): Dec | undefined {
  return prices.reduce<Dec | undefined>((low, p) => (low === undefined || p.lt(low) ? p : low), undefined);
}
