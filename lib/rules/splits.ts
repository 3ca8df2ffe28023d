import { Decimal } from "decimal.js";
import { type Criterion, ZScoringInput } from "@/lib/scoring";
import type { RulesIssue } from "./types";

/**
 * Award-criterion weights as lib/scoring will check them when the bids are scored: percentages, none negative,
 * summing to exactly 100 (exact decimals: 33.3333 + 33.3333 + 33.3334), unique ids, at most one price criterion.
 * This runs lib/scoring's own schema (ZScoringInput) with neutral other fields, so the rule has one
 * implementation. Returns [] when the weights are valid; paths are "criteria", "criteria.1.weight", ….
 */
export function awardWeightIssues(criteria: readonly Criterion[]): RulesIssue[] {
  const result = ZScoringInput.safeParse({
    maxPoints: 10,
    priceModel: { kind: "proportional" },
    qualityMode: "absolute",
    tieBreak: "none",
    criteria,
    bids: [],
  });
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path[0] === "criteria")
    .map((issue) => ({
      path: issue.path.map(String).join("."),
      code: (issue.code === "custom" ? (issue.params?.code as string | undefined) : undefined) ?? issue.code,
      message: issue.message,
    }));
}

/** A percentage as the user typed it: a plain decimal string ("40", "33.5") or a number read as it prints. */
export type Percent = string | number;

export interface ResultsBasedSplit {
  /** the fixed part of the price, in percent (may be 0 for a purely results-based price) */
  fixedPercent: Percent;
  /** one percentage per outcome payment, in the order the tender lists them */
  outcomePercents: readonly Percent[];
}

// Bounded digits and a precision far above them keep every sum exact (decimal.js rounds results to `precision`).
const PLAIN_DECIMAL = /^\d{1,15}(\.\d{1,20})?$/;
const Exact = Decimal.clone({ precision: 100 });
const HUNDRED = new Exact(100);

function toDecimal(value: Percent): Decimal | null {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  return typeof text === "string" && PLAIN_DECIMAL.test(text) ? new Exact(text) : null;
}

/**
 * A results-based price split (domain.md §0; REFINO: 20/40/40): a fixed part plus at least one outcome
 * payment, each a non-negative percentage, summing to exactly 100 in exact decimal arithmetic.
 * Codes: invalid_percent (per field), no_outcome, split_sum. Returns [] when the split is valid.
 */
export function resultsBasedSplitIssues(split: ResultsBasedSplit): RulesIssue[] {
  const issues: RulesIssue[] = [];
  const fields: [string, Percent][] = [
    ["fixedPercent", split.fixedPercent],
    ...split.outcomePercents.map((value, index): [string, Percent] => [`outcomePercents.${index}`, value]),
  ];
  let sum = new Exact(0);
  let parsed = true;
  for (const [path, value] of fields) {
    const decimal = toDecimal(value);
    if (decimal === null) {
      parsed = false;
      issues.push({ path, code: "invalid_percent", message: "must be a non-negative decimal percentage with at most 20 decimals, e.g. \"40\"" });
    } else {
      sum = sum.plus(decimal);
    }
  }
  if (split.outcomePercents.length === 0) {
    issues.push({ path: "outcomePercents", code: "no_outcome", message: "at least one outcome payment is needed" });
  }
  if (parsed && !sum.eq(HUNDRED)) {
    issues.push({ path: "", code: "split_sum", message: `the fixed part and the outcome payments must sum to 100 %, got ${sum.toFixed()} %` });
  }
  return issues;
}
