import type { z } from "zod";

/**
 * Stable issue codes the UI translates. Structural problems (wrong type, unknown key) keep zod's own code,
 * e.g. "invalid_type" or "unrecognized_keys".
 */
export const SCORING_ISSUE_CODES = [
  "weights_sum",
  "negative_weight",
  "multiple_price",
  "invalid_price",
  "invalid_money",
  "quality_missing",
  "quality_unknown",
  "quality_out_of_range",
  "duplicate_bid",
  "duplicate_criterion",
  "zero_multiple",
  "zero_points",
  "max_points",
  "outcome_rate",
  "participants",
  "no_scores",
] as const;
export type ScoringIssueCode = (typeof SCORING_ISSUE_CODES)[number];

export interface ScoringIssue {
  /** dot-separated field path, e.g. "bids.2.quality.q1" ("" for the input itself) */
  path: string;
  code: ScoringIssueCode | (string & {});
  message: string;
}

export class ScoringInputError extends Error {
  readonly issues: ScoringIssue[];

  constructor(issues: ScoringIssue[]) {
    super(`Invalid scoring input: ${issues.map((i) => `${i.path || "(input)"}: ${i.message}`).join("; ")}`);
    this.name = "ScoringInputError";
    this.issues = issues;
  }
}

export function toScoringIssues(error: z.ZodError): ScoringIssue[] {
  return error.issues.map((issue) => {
    const custom = issue.code === "custom" ? (issue.params?.code as string | undefined) : undefined;
    return { path: issue.path.map(String).join("."), code: custom ?? issue.code, message: issue.message };
  });
}

/** Parses with a zod schema, turning any failure into a ScoringInputError. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ScoringInputError(toScoringIssues(result.error));
  return result.data;
}
