import { type Fixed, format, fromScore, mulDiv, ZERO } from "./fixed";
import type { QualityMode, QualityScore } from "./types";

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
  best: Fixed,
  max: Fixed,
  weight: bigint,
): (score: QualityScore) => QualityPoints {
  // Keyed by the score as given: "7" and 7 are two entries of the same value, which is harmless.
  const cache = new Map<QualityScore, QualityPoints>();
  return (score) => {
    let entry = cache.get(score);
    if (entry === undefined) {
      const value = fromScore(score);
      const points = mode === "absolute" ? value : best === ZERO ? ZERO : mulDiv(max, value, best);
      entry = { points, text: format(points), weighted: weight * points };
      cache.set(score, entry);
    }
    return entry;
  };
}
