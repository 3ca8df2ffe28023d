import { z } from "zod";
import { parseOrThrow } from "./errors";
import { compare, divRound, format, fromScore } from "./fixed";
import { isScoreInRange } from "./rules";
import type { QualityScore } from "./types";

const ZAggregateInput = z.strictObject({
  scores: z
    .array(
      z.union([z.number(), z.string()]).refine((s) => isScoreInRange(s, Infinity), {
        error: "score must be a non-negative number or decimal string",
        params: { code: "quality_out_of_range" },
      }),
    )
    .refine((s) => s.length > 0, { error: "at least one score is needed", params: { code: "no_scores" } }),
  method: z.enum(["mean", "median"]),
});

/**
 * Evaluators' scores on one criterion → one score, as a decimal string (at most 20 decimals, half away from zero,
 * trailing zeros trimmed). `score` takes that string back as it is, so a mean such as 23/3 goes into the ranking
 * with its 20 decimals rather than a float's 16 digits.
 */
export function aggregate(scores: QualityScore[], method: "mean" | "median"): string {
  parseOrThrow(ZAggregateInput, { scores, method });
  const values = scores.map(fromScore);
  if (method === "mean") {
    return format(divRound(values.reduce((acc, v) => acc + v, 0n), BigInt(values.length)));
  }
  const sorted = [...values].sort(compare);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0n;
  const median = sorted.length % 2 === 1 ? upper : divRound(upper + (sorted[middle - 1] ?? upper), 2n);
  return format(median);
}
