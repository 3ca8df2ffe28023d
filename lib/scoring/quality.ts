import { Dec, fromNumber, toOutput, ZERO } from "./decimal";
import type { QualityMode } from "./types";

export interface QualityPoints {
  points: Dec;
  text: string;
  /** weight × points (the total is Σ of these ÷ 100) */
  weighted: Dec;
}

/**
 * Points for one quality criterion as a function of the score. Scores repeat a lot (0..10 in steps), so each
 * distinct score is converted, formatted and weighted once per evaluation.
 */
export function qualityScorer(
  mode: QualityMode,
  scores: number[],
  maxPoints: number,
  weight: Dec,
): (score: number) => QualityPoints {
  const best = scores.reduce((a, b) => Math.max(a, b), 0);
  const max = new Dec(maxPoints);
  const cache = new Map<number, QualityPoints>();
  return (score) => {
    let entry = cache.get(score);
    if (entry === undefined) {
      const points = mode === "absolute" ? fromNumber(score) : best === 0 ? ZERO : max.times(score).div(best);
      entry = { points, text: toOutput(points), weighted: weight.times(points) };
      cache.set(score, entry);
    }
    return entry;
  };
}
