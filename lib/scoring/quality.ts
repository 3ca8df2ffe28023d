import { type Fixed, format, fromNumber, mulDiv, ZERO } from "./fixed";
import type { QualityMode } from "./types";

export interface QualityPoints {
  points: Fixed;
  text: string;
  /** weight units × points, exact */
  weighted: bigint;
}

/**
 * Points for one quality criterion as a function of the score. Scores repeat a lot (0..10 in steps), so each
 * distinct score is converted, formatted and weighted once per evaluation.
 */
export function qualityScorer(
  mode: QualityMode,
  bestScore: number,
  max: Fixed,
  weight: bigint,
): (score: number) => QualityPoints {
  const best = fromNumber(bestScore);
  const cache = new Map<number, QualityPoints>();
  return (score) => {
    let entry = cache.get(score);
    if (entry === undefined) {
      const value = fromNumber(score);
      const points = mode === "absolute" ? value : best === ZERO ? ZERO : mulDiv(max, value, best);
      entry = { points, text: format(points), weighted: weight * points };
      cache.set(score, entry);
    }
    return entry;
  };
}
