import { describe, expect, it } from "vitest";
import { awardWeightIssues, resultsBasedSplitIssues } from "@/lib/rules";
import type { Criterion } from "@/lib/scoring";

const codes = (issues: { path: string; code: string }[]) => issues.map((i) => [i.path, i.code]);

describe("awardWeightIssues (lib/scoring's rule)", () => {
  it.each<[string, Criterion[]]>([
    ["price 30, quality 70 (measures for people with complex needs)", [
      { id: "price", kind: "price", weight: 30 },
      { id: "method", kind: "quality", weight: 25 },
      { id: "staff", kind: "quality", weight: 20 },
      { id: "employers", kind: "quality", weight: 15 },
      { id: "users", kind: "quality", weight: 10 },
    ]],
    ["exact decimals 33.3333 + 33.3333 + 33.3334", [
      { id: "a", kind: "quality", weight: 33.3333 },
      { id: "b", kind: "quality", weight: 33.3333 },
      { id: "c", kind: "quality", weight: 33.3334 },
    ]],
    ["0.1 + 0.2 + 99.7 (a float sum would not be 100)", [
      { id: "a", kind: "quality", weight: 0.1 },
      { id: "b", kind: "quality", weight: 0.2 },
      { id: "c", kind: "price", weight: 99.7 },
    ]],
  ])("accepts %s", (_label, criteria) => {
    expect(awardWeightIssues(criteria)).toEqual([]);
  });

  it.each<[string, Criterion[], [string, string][]]>([
    ["a sum of 90", [{ id: "p", kind: "price", weight: 40 }, { id: "q", kind: "quality", weight: 50 }], [["criteria", "weights_sum"]]],
    ["a sum of 100.0001", [{ id: "p", kind: "price", weight: 40.0001 }, { id: "q", kind: "quality", weight: 60 }], [["criteria", "weights_sum"]]],
    ["three thirds of 33.3333", [{ id: "a", kind: "quality", weight: 33.3333 }, { id: "b", kind: "quality", weight: 33.3333 }, { id: "c", kind: "quality", weight: 33.3333 }], [["criteria", "weights_sum"]]],
    ["a negative weight", [{ id: "p", kind: "price", weight: -10 }, { id: "q", kind: "quality", weight: 110 }], [["criteria.0.weight", "negative_weight"]]],
    ["two price criteria", [{ id: "p", kind: "price", weight: 50 }, { id: "p2", kind: "price", weight: 50 }], [["criteria.1.kind", "multiple_price"]]],
    ["a duplicate id", [{ id: "q", kind: "quality", weight: 50 }, { id: "q", kind: "quality", weight: 50 }], [["criteria.1.id", "duplicate_criterion"]]],
    ["no criteria at all", [], [["criteria", "weights_sum"]]],
  ])("flags %s", (_label, criteria, expected) => {
    expect(codes(awardWeightIssues(criteria))).toEqual(expected);
  });
});

describe("resultsBasedSplitIssues", () => {
  it.each([
    ["REFINO 20/40/40", { fixedPercent: 20, outcomePercents: [40, 40] }],
    ["strings", { fixedPercent: "20", outcomePercents: ["40", "40.0"] }],
    ["purely results-based", { fixedPercent: 0, outcomePercents: [100] }],
    ["exact decimals", { fixedPercent: "33.3333", outcomePercents: ["33.3333", "33.3334"] }],
    ["0.1 + 0.2 + 99.7", { fixedPercent: 0.1, outcomePercents: [0.2, 99.7] }],
  ])("accepts %s", (_label, split) => {
    expect(resultsBasedSplitIssues(split)).toEqual([]);
  });

  it.each([
    ["20/40/30", { fixedPercent: 20, outcomePercents: [40, 30] }, [["", "split_sum"]]],
    ["20/40/40.000000000000000001", { fixedPercent: "20", outcomePercents: ["40", "40.000000000000000001"] }, [["", "split_sum"]]],
    ["a fixed part only", { fixedPercent: 100, outcomePercents: [] }, [["outcomePercents", "no_outcome"]]],
    ["a negative part", { fixedPercent: -20, outcomePercents: [60, 60] }, [["fixedPercent", "invalid_percent"]]],
    ["a comma", { fixedPercent: "20", outcomePercents: ["40,5", "39.5"] }, [["outcomePercents.0", "invalid_percent"]]],
    ["NaN and Infinity", { fixedPercent: Number.NaN, outcomePercents: [Infinity] }, [["fixedPercent", "invalid_percent"], ["outcomePercents.0", "invalid_percent"]]],
    ["more than 20 decimals", { fixedPercent: "20.000000000000000000001", outcomePercents: ["80"] }, [["fixedPercent", "invalid_percent"]]],
  ] as const)("flags %s", (_label, split, expected) => {
    expect(codes(resultsBasedSplitIssues(split))).toEqual(expected);
  });

  it("reports the sum it found", () => {
    expect(resultsBasedSplitIssues({ fixedPercent: 20, outcomePercents: [40, 30] })[0]?.message).toContain("got 90 %");
  });
});
