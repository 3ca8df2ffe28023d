import { z } from "zod";
import { Dec, fromNumber, toOutput } from "./decimal";
import { parseOrThrow } from "./errors";

const ZAggregateInput = z.strictObject({
  scores: z
    .array(z.number().refine((s) => s >= 0, { error: "score must not be negative", params: { code: "quality_out_of_range" } }))
    .refine((s) => s.length > 0, { error: "at least one score is needed", params: { code: "no_scores" } }),
  method: z.enum(["mean", "median"]),
});

/**
 * Evaluators' scores on one criterion → one score, as a decimal string (at most 20 decimals, trailing zeros
 * trimmed). A mean such as 23/3 doesn't terminate, so record the consensus score the committee signs off on
 * rather than feeding this string's float back in when exactness at the last digit matters.
 */
export function aggregate(scores: number[], method: "mean" | "median"): string {
  parseOrThrow(ZAggregateInput, { scores, method });
  const values = scores.map(fromNumber);
  if (method === "mean") {
    return toOutput(values.reduce((acc, v) => acc.plus(v), new Dec(0)).div(values.length));
  }
  const sorted = [...values].sort((a, b) => a.cmp(b));
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? new Dec(0);
  const median = sorted.length % 2 === 1 ? upper : upper.plus(sorted[middle - 1] ?? upper).div(2);
  return toOutput(median);
}
