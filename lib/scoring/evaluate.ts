import { Dec, fromNumber, percentOf, toOutput, ZERO } from "./decimal";
import { lowestPrice, priceScorer } from "./price-models";
import { qualityScorer } from "./quality";
import type { Criterion, ScoringInput } from "./types";

export interface EvaluatedBid {
  id: string;
  price: Dec;
  /** unweighted points, aligned with the criteria */
  points: Dec[];
  pointTexts: string[];
  /** Σ weight × points, i.e. 100 × total (kept unscaled for the sensitivity algebra) */
  weightedSum: Dec;
  /** the quality part of weightedSum */
  qualitySum: Dec;
  total: Dec;
}

export interface Evaluation {
  criteria: Criterion[];
  weights: Dec[];
  bids: EvaluatedBid[];
}

/** Points and totals of every bid, exact, in input order. Expects validated input. */
export function evaluate(input: ScoringInput): Evaluation {
  const { criteria, bids, maxPoints } = input;
  const weights = criteria.map((c) => fromNumber(c.weight));
  const prices = bids.map((b) => new Dec(b.price));
  const lowest = lowestPrice(prices);
  if (lowest === undefined) return { criteria, weights, bids: [] };

  const scorePrice = priceScorer(input.priceModel, lowest, maxPoints);
  const scorers = criteria.map((c, i) =>
    c.kind === "quality"
      ? qualityScorer(input.qualityMode, bids.map((b) => b.quality[c.id] ?? 0), maxPoints, weights[i] ?? ZERO)
      : undefined,
  );

  return {
    criteria,
    weights,
    bids: bids.map((bid, index) => {
      const price = prices[index] ?? ZERO;
      const points: Dec[] = [];
      const pointTexts: string[] = [];
      let qualitySum = ZERO;
      let priceWeighted = ZERO;
      criteria.forEach((criterion, i) => {
        const scorer = scorers[i];
        if (scorer === undefined) {
          const p = scorePrice(price);
          points.push(p);
          pointTexts.push(toOutput(p));
          priceWeighted = (weights[i] ?? ZERO).times(p);
        } else {
          const q = scorer(bid.quality[criterion.id] ?? 0);
          points.push(q.points);
          pointTexts.push(q.text);
          qualitySum = qualitySum.plus(q.weighted);
        }
      });
      const weightedSum = qualitySum.plus(priceWeighted);
      return { id: bid.id, price, points, pointTexts, weightedSum, qualitySum, total: percentOf(weightedSum) };
    }),
  };
}
