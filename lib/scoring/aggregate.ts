import { z } from "zod";
import { parseOrThrow } from "./errors";
import { compare, divRound, format, fromNumber } from "./fixed";

const ZAggregateInput = z.strictObject({
  scores: z
    .array(z.number().refine((s) => s >= 0, { error: "score must not be negative", params: { code: "quality_out_of_range" } }))
    .refine((s) => s.length > 0, { error: "at least one score is needed", params: { code: "no_scores" } }),
  method: z.enum(["mean", "median"]),
});

/**
 * Evaluators' scores on one criterion → one score, as a decimal string (at most 20 decimals, trailing zeros
 * trimmed). A mean such as 23/3 doesn't terminate: `score` takes numbers, so the committee should settle on
 * a consensus score (or round it) rather than rely on digits a float can't hold.
 */
export function aggregate(scores: number[], method: "mean" | "median"): string {
  parseOrThrow(ZAggregateInput, { scores, method });
  const values = scores.map(fromNumber);
  if (method === "mean") {
    return format(divRound(values.reduce((acc, v) => acc + v, 0n), BigInt(values.length)));
  }
  const sorted = [...values].sort(compare);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0n;
  const median = sorted.length % 2 === 1 ? upper : divRound(upper + (sorted[middle - 1] ?? upper), 2n);
  return format(median);
}
