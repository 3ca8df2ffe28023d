import { describe, expect, it } from "vitest";
import {
  aggregate,
  evaluatedPrice,
  score,
  ScoringInputError,
  type ScoringIssue,
  scorePricedQuality,
  sensitivity,
  ZScoringInput,
} from "@/lib/scoring";

function valid(): Record<string, unknown> & { criteria: unknown[]; bids: Record<string, unknown>[] } {
  return {
    maxPoints: 10,
    priceModel: { kind: "proportional" },
    qualityMode: "absolute",
    tieBreak: "none",
    criteria: [
      { id: "price", kind: "price", weight: 40 },
      { id: "q", kind: "quality", weight: 60 },
    ],
    bids: [
      { id: "A", price: "100", quality: { q: 5 } },
      { id: "B", price: "120.50", quality: { q: 7 } },
    ],
  };
}

function issuesOf(fn: () => unknown): ScoringIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringInputError);
    return (error as ScoringInputError).issues;
  }
  throw new Error("expected a ScoringInputError");
}

const scoreIssues = (input: unknown) => issuesOf(() => score(input as never));
const codes = (issues: ScoringIssue[]) => issues.map((i) => [i.path, i.code]);

type Mutation = (input: ReturnType<typeof valid>) => void;
const setBid = (i: number, patch: Record<string, unknown>): Mutation => (input) => {
  input.bids[i] = { ...input.bids[i], ...patch };
};

const cases: [string, Mutation, [string, string][]][] = [
  ["weights not summing to 100", (i) => (i.criteria = [{ id: "price", kind: "price", weight: 40 }, { id: "q", kind: "quality", weight: 50 }]), [["criteria", "weights_sum"]]],
  ["weights summing to 100.0000001", (i) => (i.criteria = [{ id: "price", kind: "price", weight: 40.0000001 }, { id: "q", kind: "quality", weight: 60 }]), [["criteria", "weights_sum"]]],
  ["negative weight", (i) => (i.criteria = [{ id: "price", kind: "price", weight: -10 }, { id: "q", kind: "quality", weight: 110 }]), [["criteria.0.weight", "negative_weight"]]],
  ["two price criteria", (i) => (i.criteria = [{ id: "price", kind: "price", weight: 40 }, { id: "p2", kind: "price", weight: 0 }, { id: "q", kind: "quality", weight: 60 }]), [["criteria.1.kind", "multiple_price"]]],
  ["price 0", setBid(0, { price: "0.00" }), [["bids.0.price", "invalid_price"]]],
  ["negative price", setBid(0, { price: "-100" }), [["bids.0.price", "invalid_price"]]],
  ["price as a number", setBid(0, { price: 100 }), [["bids.0.price", "invalid_price"]]],
  ["price with exponent", setBid(0, { price: "1e5" }), [["bids.0.price", "invalid_price"]]],
  ["price with comma", setBid(0, { price: "100,50" }), [["bids.0.price", "invalid_price"]]],
  ["price with 21 decimals", setBid(0, { price: "1.000000000000000000001" }), [["bids.0.price", "invalid_price"]]],
  ["missing quality score", setBid(1, { quality: {} }), [["bids.1.quality.q", "quality_missing"]]],
  ["unknown quality criterion", setBid(1, { quality: { q: 5, extra: 3 } }), [["bids.1.quality.extra", "quality_unknown"]]],
  ["score for the price criterion", setBid(1, { quality: { q: 5, price: 3 } }), [["bids.1.quality.price", "quality_unknown"]]],
  ["score above max", setBid(1, { quality: { q: 10.5 } }), [["bids.1.quality.q", "quality_out_of_range"]]],
  ["negative score", setBid(1, { quality: { q: -1 } }), [["bids.1.quality.q", "quality_out_of_range"]]],
  // Decimal strings are scores now (decision "consensus scores are exact decimals"); other strings are not.
  ["score neither a number nor a decimal string", setBid(1, { quality: { q: "5,0" } }), [["bids.1.quality.q", "quality_out_of_range"]]],
  ["score a signed string", setBid(1, { quality: { q: "-1" } }), [["bids.1.quality.q", "quality_out_of_range"]]],
  ["score string with an exponent", setBid(1, { quality: { q: "1e1" } }), [["bids.1.quality.q", "quality_out_of_range"]]],
  ["score string above maxPoints", setBid(1, { quality: { q: "10.00000000000000000001" } }), [["bids.1.quality.q", "quality_out_of_range"]]],
  ["NaN score", setBid(1, { quality: { q: Number.NaN } }), [["bids.1.quality.q", "quality_out_of_range"]]],
  ["duplicate bid id", setBid(1, { id: "A" }), [["bids.1.id", "duplicate_bid"]]],
  ["duplicate criterion id", (i) => (i.criteria = [{ id: "q", kind: "quality", weight: 40 }, { id: "q", kind: "quality", weight: 60 }]), [["criteria.1.id", "duplicate_criterion"]]],
  ["zeroAtMultipleOfLowest = 1", (i) => (i.priceModel = { kind: "linear-relative", zeroAtMultipleOfLowest: 1 }), [["priceModel.zeroAtMultipleOfLowest", "zero_multiple"]]],
  ["zeroAtMultipleOfLowest < 1", (i) => (i.priceModel = { kind: "linear-relative", zeroAtMultipleOfLowest: 0.5 }), [["priceModel.zeroAtMultipleOfLowest", "zero_multiple"]]],
  ["zeroPointsAt = fullPointsAt", (i) => (i.priceModel = { kind: "linear-absolute", fullPointsAt: "100", zeroPointsAt: "100.00" }), [["priceModel.zeroPointsAt", "zero_points"]]],
  ["zeroPointsAt < fullPointsAt", (i) => (i.priceModel = { kind: "linear-absolute", fullPointsAt: "200", zeroPointsAt: "100" }), [["priceModel.zeroPointsAt", "zero_points"]]],
  ["linear-absolute money not a decimal", (i) => (i.priceModel = { kind: "linear-absolute", fullPointsAt: "abc", zeroPointsAt: "100" }), [["priceModel.fullPointsAt", "invalid_money"]]],
  ["maxPoints 0", (i) => (i.maxPoints = 0), [["maxPoints", "max_points"]]],
  ["maxPoints negative", (i) => (i.maxPoints = -10), [["maxPoints", "max_points"]]],
  ["maxPoints too small to divide by", (i) => {
    i.maxPoints = 1e-45;
    i.bids.forEach((b) => (b.quality = { q: 0 }));
  }, [["maxPoints", "max_points"]]],
];

describe("ScoringInputError for every invalid-input rule", () => {
  it.each(cases)("%s", (_, mutate, expected) => {
    const input = valid();
    mutate(input);
    expect(codes(scoreIssues(input))).toEqual(expected);
  });

  it("reports every problem at once, with English messages", () => {
    const input = valid();
    input.maxPoints = 0;
    input.criteria = [{ id: "price", kind: "price", weight: -10 }, { id: "price", kind: "price", weight: 50 }];
    input.bids = [{ id: "A", price: "0", quality: { x: 1 } }, { id: "A", price: "5", quality: {} }];
    const issues = scoreIssues(input);
    expect(codes(issues)).toEqual([
      ["maxPoints", "max_points"],
      ["criteria.0.weight", "negative_weight"],
      ["bids.0.price", "invalid_price"],
      ["criteria.1.id", "duplicate_criterion"],
      ["criteria.1.kind", "multiple_price"],
      ["criteria", "weights_sum"],
      ["bids.1.id", "duplicate_bid"],
      ["bids.0.quality.x", "quality_unknown"],
    ]);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it("rejects unknown options (a typo must not be ignored) with zod's code", () => {
    const input = valid();
    input.priceModel = { kind: "linear-relative", zeroAtMultipleOfLowest: 2, allownegative: true };
    expect(codes(scoreIssues(input))).toEqual([["priceModel", "unrecognized_keys"]]);
  });

  it("rejects wrong structure with zod's code", () => {
    expect(codes(scoreIssues({ ...valid(), qualityMode: "normalised" }))).toEqual([["qualityMode", "invalid_value"]]);
    expect(codes(scoreIssues(null))).toEqual([["", "invalid_type"]]);
  });

  it("the error carries its issues and a readable message", () => {
    const input = valid();
    input.maxPoints = 0;
    expect(() => score(input as never)).toThrow(/maxPoints: maxPoints must be greater than 0/);
  });

  it("sensitivity validates the same way", () => {
    const input = valid();
    input.maxPoints = -1;
    expect(codes(issuesOf(() => sensitivity(input as never)))).toEqual([["maxPoints", "max_points"]]);
  });

  it("the exported zod schema accepts valid input and exposes the same issue codes", () => {
    expect(ZScoringInput.safeParse(valid()).success).toBe(true);
    const input = valid();
    input.criteria = [{ id: "q", kind: "quality", weight: 60 }];
    input.bids = [{ id: "A", price: "1", quality: { q: 1 } }];
    const result = ZScoringInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["criteria"], params: { code: "weights_sum" } });
  });

  it("accepts zero weights and zero scores", () => {
    const input = valid();
    input.criteria = [{ id: "price", kind: "price", weight: 0 }, { id: "q", kind: "quality", weight: 100 }];
    input.bids = [{ id: "A", price: "100", quality: { q: 0 } }];
    expect(score(input as never).ranking[0]?.total).toBe("0");
  });
});

describe("validation of the other entry points", () => {
  it("aggregate: no scores, negative score", () => {
    expect(codes(issuesOf(() => aggregate([], "mean")))).toEqual([["scores", "no_scores"]]);
    expect(codes(issuesOf(() => aggregate([3, -1], "median")))).toEqual([["scores.1", "quality_out_of_range"]]);
  });

  it("evaluatedPrice: money, rate, participants, and a zero result", () => {
    const ok = { fixedPerParticipant: "1000", bonusPerOutcome: "500", expectedOutcomeRate: 0.4, participants: 10 };
    expect(codes(issuesOf(() => evaluatedPrice({ ...ok, fixedPerParticipant: "-1" })))).toEqual([["fixedPerParticipant", "invalid_money"]]);
    expect(codes(issuesOf(() => evaluatedPrice({ ...ok, expectedOutcomeRate: 1.2 })))).toEqual([["expectedOutcomeRate", "outcome_rate"]]);
    expect(codes(issuesOf(() => evaluatedPrice({ ...ok, participants: 2.5 })))).toEqual([["participants", "participants"]]);
    expect(codes(issuesOf(() => evaluatedPrice({ ...ok, fixedPerParticipant: "0", bonusPerOutcome: "0" })))).toEqual([["", "invalid_money"]]);
  });

  it("scorePricedQuality: duplicate ids, scores, money, maxPoints", () => {
    const bad = {
      maxPoints: 0,
      tieBreak: "none" as const,
      criteria: [{ id: "q", fullScoreValue: "0" }, { id: "q", fullScoreValue: "100" }],
      bids: [
        { id: "A", price: "x", quality: { r: 1 } as Record<string, number> },
        { id: "A", price: "1", quality: { q: 2 } },
      ],
    };
    expect(codes(issuesOf(() => scorePricedQuality(bad)))).toEqual([
      ["maxPoints", "max_points"],
      ["criteria.0.fullScoreValue", "invalid_money"],
      ["bids.0.price", "invalid_price"],
      ["criteria.1.id", "duplicate_criterion"],
      ["bids.1.id", "duplicate_bid"],
      ["bids.0.quality.r", "quality_unknown"],
      ["bids.0.quality.q", "quality_missing"],
    ]);
  });
});
