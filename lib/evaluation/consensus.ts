import Decimal from "decimal.js";

/** Deviations from the suggested consensus above this many points are highlighted for the chair (issue 11, point 6). */
export const DEVIATION_THRESHOLD = "2";

/**
 * The spread of the individual scores on one cell: lowest, highest and whether any score lies more than
 * DEVIATION_THRESHOLD points from the suggested consensus (lib/scoring's aggregate mean, passed in). Exact decimals.
 */
export function spreadOf(scores: readonly string[], suggested: string | null): { min: string; max: string; deviates: boolean } | null {
  if (scores.length === 0 || suggested === null) return null;
  const values = scores.map((s) => new Decimal(s));
  const min = Decimal.min(...values);
  const max = Decimal.max(...values);
  const deviates = values.some((v) => v.minus(suggested).abs().greaterThan(DEVIATION_THRESHOLD));
  return { min: min.toFixed(), max: max.toFixed(), deviates };
}
