import { decimalPlaces, divRound, type Fixed, format, fromNumber, fromScore, parseDecimal, pow10, SCALE, ZERO } from "./fixed";
import { lowestPrice, priceScorer } from "./price-models";
import { qualityScorer } from "./quality";
import type { Criterion, ScoringInput } from "./types";

export interface EvaluatedBid {
  id: string;
  price: Fixed;
  /** unweighted points, aligned with the criteria */
  points: Fixed[];
  pointTexts: string[];
  /** Σ weight × points, exact: integer weights (see Weights) times Fixed points */
  weightedSum: bigint;
  /** the quality part of weightedSum */
  qualitySum: bigint;
  total: Fixed;
}

/**
 * Weights as integers in units of 1/scale (scale = 10^decimals, usually 1): multiplying points by a small
 * integer keeps the per-bid sums short, which is most of the time `score` takes.
 */
export interface Weights {
  units: bigint[];
  scale: bigint;
  exact: Fixed[];
}

export interface Evaluation {
  criteria: Criterion[];
  weights: Weights;
  bids: EvaluatedBid[];
}

export function toWeights(criteria: Criterion[]): Weights {
  const exact = criteria.map((c) => fromNumber(c.weight));
  const dp = decimalPlaces(exact);
  const unit = SCALE / pow10(dp);
  return { exact, scale: pow10(dp), units: exact.map((w) => w / unit) };
}

/** A weighted sum back to Fixed points: divide by 100 % and by the weight scale. */
export function fromWeightedSum(sum: bigint, weights: Weights): Fixed {
  return divRound(sum, 100n * weights.scale);
}

/** Points and totals of every bid, in input order. Expects validated input. */
export function evaluate(input: ScoringInput): Evaluation {
  const { criteria, bids } = input;
  const max = fromNumber(input.maxPoints);
  const weights = toWeights(criteria);
  const prices = bids.map((b) => parseDecimal(b.price));
  const lowest = lowestPrice(prices);
  if (lowest === undefined) return { criteria, weights, bids: [] };

  const scorePrice = priceScorer(input.priceModel, lowest, max);
  const priceIndex = criteria.findIndex((c) => c.kind === "price");
  const scorers = criteria.map((c, i) =>
    c.kind === "quality" ? qualityScorer(input.qualityMode, bestScore(input, c.id), max, weights.units[i] ?? 0n) : undefined,
  );

  const evaluated = bids.map((bid, index): EvaluatedBid => {
    const price = prices[index] ?? ZERO;
    const points: Fixed[] = new Array<Fixed>(criteria.length);
    const pointTexts: string[] = new Array<string>(criteria.length);
    let qualitySum = 0n;
    for (let i = 0; i < criteria.length; i += 1) {
      const scorer = scorers[i];
      if (scorer === undefined) continue;
      const q = scorer(bid.quality[criteria[i]?.id ?? ""] ?? 0);
      points[i] = q.points;
      pointTexts[i] = q.text;
      qualitySum += q.weighted;
    }
    let weightedSum = qualitySum;
    if (priceIndex >= 0) {
      const p = scorePrice(price);
      points[priceIndex] = p;
      pointTexts[priceIndex] = format(p);
      weightedSum += (weights.units[priceIndex] ?? 0n) * p;
    }
    return { id: bid.id, price, points, pointTexts, weightedSum, qualitySum, total: fromWeightedSum(weightedSum, weights) };
  });
  return { criteria, weights, bids: evaluated };
}

/** The best score on a criterion, exactly; only the relative mode needs it. */
function bestScore(input: ScoringInput, criterionId: string): Fixed {
  if (input.qualityMode === "absolute") return ZERO;
  return input.bids.reduce((best, b) => {
    const value = fromScore(b.quality[criterionId] ?? 0);
    return value > best ? value : best;
  }, ZERO);
}
