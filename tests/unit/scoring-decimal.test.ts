import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { aggregate, score, ScoringInputError, type ScoringInput, scorePricedQuality, sensitivity } from "@/lib/scoring";

/*
 * Decision "consensus scores are exact decimals": quality scores may be plain decimal strings, so the committee's
 * consensus (aggregate's exact mean, or what the chair types) goes into the ranking without a float in between.
 */

const input = (quality: Record<string, string | number>[], overrides: Partial<ScoringInput> = {}): ScoringInput => ({
  maxPoints: 10,
  priceModel: { kind: "proportional" },
  qualityMode: "absolute",
  tieBreak: "none",
  criteria: [{ id: "price", kind: "price", weight: 40 }, { id: "q1", kind: "quality", weight: 36 }, { id: "q2", kind: "quality", weight: 24 }],
  bids: quality.map((q, i) => ({ id: `b${i}`, price: ["10000", "12000", "16000"][i] ?? "20000", quality: q })),
  ...overrides,
});

describe("decimal consensus into scoring", () => {
  it("keeps a non-terminating mean exactly: points are the 20-decimal string, not a float's 16 digits", () => {
    const mean = aggregate([7, 8, 8], "mean");
    expect(mean).toBe("7.66666666666666666667");
    const { ranking } = score(input([{ q1: mean, q2: "5" }, { q1: 9, q2: 9 }]));
    const b0 = ranking.find((r) => r.id === "b0")!;
    expect(b0.points.q1).toBe("7.66666666666666666667");
    // 0.4 × 10 + 0.36 × 7.66666666666666666667 + 0.24 × 5 = 7.9600000000000000000012 exactly → 20 decimals
    expect(b0.total).toBe("7.96");
  });

  it("a consensus from the chair's strings ranks exactly like the same values as numbers", () => {
    const strings = input([{ q1: "7.5", q2: "6.25" }, { q1: "9", q2: "8.75" }, { q1: "10", q2: "4" }], { tieBreak: "highest-quality" });
    const numbers = input([{ q1: 7.5, q2: 6.25 }, { q1: 9, q2: 8.75 }, { q1: 10, q2: 4 }], { tieBreak: "highest-quality" });
    expect(score(strings)).toEqual(score(numbers));
    expect(sensitivity(strings)).toEqual(sensitivity(numbers));
  });

  it("decides a tie by the announced rule when decimal consensus makes two totals equal", () => {
    // b0: 0.4 × 10 + 0.6 × 5 = 7; b1 at 12 500: 0.4 × 8 + 0.6 × q with q = 6.333… so both total 7.
    const tied = input([], {
      bids: [
        { id: "b0", price: "10000", quality: { q1: "5", q2: "5" } },
        { id: "b1", price: "12500", quality: { q1: "6.33333333333333333333", q2: "6.33333333333333333333" } },
      ],
      tieBreak: "highest-quality",
    });
    const { ranking } = score(tied);
    // 0.4 × 8 + 0.6 × 6.333… = 3.2 + 3.8 = 7 (to 10 decimals): a tie, broken by the higher quality
    expect(ranking.map((r) => [r.id, r.rank, r.tiedWith])).toEqual([["b1", 1, ["b0"]], ["b0", 2, ["b1"]]]);
  });

  it("relative quality normalises on the exact best decimal", () => {
    const { ranking } = score(input([{ q1: "7.66666666666666666667", q2: "4" }, { q1: "3.83333333333333333333", q2: "8" }], { qualityMode: "relative" }));
    const b1 = ranking.find((r) => r.id === "b1")!;
    // 10 × 3.8333… / 7.6666… = 4.99999999999999999999 (rounded once, at 40 digits, then to 20)
    expect(b1.points.q1).toBe("4.99999999999999999999");
    expect(b1.points.q2).toBe("10");
  });

  it("priced quality takes decimal strings too", () => {
    const { ranking } = scorePricedQuality({
      maxPoints: 10, tieBreak: "none",
      criteria: [{ id: "q1", fullScoreValue: "300000" }],
      bids: [{ id: "a", price: "1000000", quality: { q1: "7.66666666666666666667" } }],
    });
    // 7.66666666666666666667 = 23/3 + 10^-20/3, so the deduction is 230 000 + 10^-16, exactly
    expect(ranking[0]?.adjustedPrice).toBe("769999.9999999999999999");
  });

  it("refuses strings that are not plain decimals in 0..maxPoints, every one at once", () => {
    try {
      score(input([{ q1: "7,5", q2: "11" }]));
      throw new Error("expected a ScoringInputError");
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringInputError);
      expect((error as ScoringInputError).issues.map((i) => [i.path, i.code])).toEqual([
        ["bids.0.quality.q1", "quality_out_of_range"], ["bids.0.quality.q2", "quality_out_of_range"],
      ]);
    }
  });

  it("aggregate takes decimal strings and refuses other text", () => {
    expect(aggregate(["7.5", "8", 8.5], "mean")).toBe("8");
    expect(aggregate(["7.25", "9.75"], "median")).toBe("8.5");
    expect(() => aggregate(["sju"], "mean")).toThrow(ScoringInputError);
    expect(() => aggregate(["-1"], "mean")).toThrow(ScoringInputError);
  });

  it("property: any input scores the same with its quality scores written as decimal strings", () => {
    const scoreArb = fc.integer({ min: 0, max: 100 }).map((x) => x / 10);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 9_999_999 }), scoreArb, scoreArb), { minLength: 1, maxLength: 6 }), fc.constantFrom("absolute" as const, "relative" as const), (rows, qualityMode) => {
        const bids = rows.map(([price, q1, q2], i) => ({ id: `b${i}`, price: String(price), quality: { q1, q2 } }));
        const asNumbers = input([], { bids, qualityMode, tieBreak: "lowest-price" });
        const asStrings = { ...asNumbers, bids: bids.map((b) => ({ ...b, quality: { q1: String(b.quality.q1), q2: String(b.quality.q2) } })) };
        expect(score(asStrings)).toEqual(score(asNumbers));
        expect(sensitivity(asStrings)).toEqual(sensitivity(asNumbers));
      }),
      { numRuns: 150 },
    );
  });
});
