import { describe, expect, it } from "vitest";
import { aggregate, evaluatedPrice, scorePricedQuality } from "@/lib/scoring";
import { divRound, format, fromNumber, parseDecimal, tieKey } from "@/lib/scoring/fixed";

describe("aggregate (evaluators' scores → one score)", () => {
  it.each([
    [[7, 8, 8], "mean", "7.66666666666666666667"],
    [[0.1, 0.2], "mean", "0.15"],
    [[6, 6, 6, 6, 7], "mean", "6.2"],
    [[5], "mean", "5"],
    [[2, 9, 4], "median", "4"],
    [[7, 8, 8, 6], "median", "7.5"],
    [[0, 10], "median", "5"],
    [[3], "median", "3"],
  ] as const)("%j %s → %s", (scores, method, expected) => {
    expect(aggregate([...scores], method)).toBe(expected);
  });

  it("does not reorder the caller's array", () => {
    const scores = [9, 1, 5];
    aggregate(scores, "median");
    expect(scores).toEqual([9, 1, 5]);
  });
});

describe("scorePricedQuality (DFØ's prissetting av kvalitet)", () => {
  // q1 is worth 200 000 at full score, q2 100 000; max 10 → 20 000 and 10 000 per point
  const input = (tieBreak: "none" | "lowest-price" | "highest-quality") => ({
    maxPoints: 10,
    tieBreak,
    criteria: [
      { id: "q1", fullScoreValue: "200000" },
      { id: "q2", fullScoreValue: "100000" },
    ],
    bids: [
      { id: "A", price: "1000000", quality: { q1: 6, q2: 5 } }, // 1 000 000 − 120 000 − 50 000 = 830 000
      { id: "B", price: "1100000", quality: { q1: 9, q2: 8 } }, // 1 100 000 − 180 000 − 80 000 = 840 000
      { id: "C", price: "900000", quality: { q1: 2, q2: 3 } }, //    900 000 −  40 000 − 30 000 = 830 000
    ],
  });

  it("deducts the priced quality and ranks the lowest adjusted price first", () => {
    expect(scorePricedQuality(input("none")).ranking).toEqual([
      { id: "A", rank: 1, adjustedPrice: "830000", deductions: { q1: "120000", q2: "50000" }, tiedWith: ["C"] },
      { id: "C", rank: 1, adjustedPrice: "830000", deductions: { q1: "40000", q2: "30000" }, tiedWith: ["A"] },
      { id: "B", rank: 3, adjustedPrice: "840000", deductions: { q1: "180000", q2: "80000" }, tiedWith: [] },
    ]);
  });

  it("tie-breaks: lowest price puts C first, highest quality puts A first", () => {
    const ranks = (t: "lowest-price" | "highest-quality") =>
      scorePricedQuality(input(t)).ranking.map((r) => [r.id, r.rank]);
    expect(ranks("lowest-price")).toEqual([["C", 1], ["A", 2], ["B", 3]]);
    expect(ranks("highest-quality")).toEqual([["A", 1], ["C", 2], ["B", 3]]);
  });

  it("keeps non-terminating deductions exact to 20 decimals and allows a negative adjusted price", () => {
    const ranking = scorePricedQuality({
      maxPoints: 3,
      tieBreak: "none",
      criteria: [{ id: "q", fullScoreValue: "100000" }],
      bids: [{ id: "A", price: "10000", quality: { q: 1 } }],
    }).ranking;
    expect(ranking[0]?.deductions.q).toBe("33333.33333333333333333333");
    expect(ranking[0]?.adjustedPrice).toBe("-23333.33333333333333333333");
  });

  it("no bids → empty ranking; no criteria → plain lowest price", () => {
    expect(scorePricedQuality({ maxPoints: 10, tieBreak: "none", criteria: [], bids: [] }).ranking).toEqual([]);
    const plain = scorePricedQuality({
      maxPoints: 10,
      tieBreak: "none",
      criteria: [],
      bids: [
        { id: "dear", price: "200.5", quality: {} },
        { id: "cheap", price: "200.49", quality: {} },
      ],
    }).ranking;
    expect(plain.map((r) => [r.id, r.rank, r.adjustedPrice])).toEqual([["cheap", 1, "200.49"], ["dear", 2, "200.5"]]);
  });
});

describe("evaluatedPrice (results-based contracts)", () => {
  it("fixed × participants + bonus × participants × expected rate", () => {
    // 20 participants, 10 000 fixed each, 15 000 per outcome at an expected 35 %: 200 000 + 105 000
    expect(evaluatedPrice({ fixedPerParticipant: "10000", bonusPerOutcome: "15000", expectedOutcomeRate: 0.35, participants: 20 })).toBe("305000");
  });

  it("is exact with øre and rates a float can't hold", () => {
    // 1234.56 × 3 + 0.01 × 3 × 0.333 = 3703.68 + 0.00999
    expect(evaluatedPrice({ fixedPerParticipant: "1234.56", bonusPerOutcome: "0.01", expectedOutcomeRate: 0.333, participants: 3 })).toBe("3703.68999");
  });

  it("allows a purely fixed or purely results-based price", () => {
    expect(evaluatedPrice({ fixedPerParticipant: "0", bonusPerOutcome: "50000", expectedOutcomeRate: 0.5, participants: 4 })).toBe("100000");
    expect(evaluatedPrice({ fixedPerParticipant: "900", bonusPerOutcome: "0", expectedOutcomeRate: 0, participants: 4 })).toBe("3600");
  });
});

describe("fixed-point arithmetic", () => {
  it("divRound rounds halves away from zero for every sign", () => {
    expect([divRound(5n, 2n), divRound(-5n, 2n), divRound(5n, -2n), divRound(-5n, -2n)]).toEqual([3n, -3n, -3n, 3n]);
    expect([divRound(4n, 3n), divRound(-4n, 3n), divRound(7n, 3n), divRound(-7n, 3n)]).toEqual([1n, -1n, 2n, -2n]);
  });

  it("parses and prints decimals exactly, without exponents or '-0'", () => {
    expect(format(parseDecimal("1250000.50"))).toBe("1250000.5");
    expect(format(parseDecimal("-0.000000000000000000001"))).toBe("0");
    expect(format(parseDecimal("0.000000000000000000005"))).toBe("0.00000000000000000001");
    expect(format(parseDecimal("123456789012345678901234567890.123"))).toBe("123456789012345678901234567890.123");
  });

  it("reads JS numbers as the decimals they print as", () => {
    expect(format(fromNumber(0.1))).toBe("0.1");
    expect(format(fromNumber(1e-7))).toBe("0.0000001");
    expect(format(fromNumber(2.5e-8))).toBe("0.000000025");
    expect(format(fromNumber(1.5e21))).toBe("1500000000000000000000");
    expect(format(fromNumber(-37.5))).toBe("-37.5");
  });

  it("rounds digits past the 40th decimal once", () => {
    expect(parseDecimal("0.00000000000000000000000000000000000000015")).toBe(2n);
    expect(parseDecimal("0.00000000000000000000000000000000000000014")).toBe(1n);
  });

  it("tie keys compare at 10 decimals", () => {
    expect(tieKey(parseDecimal("7.00000000004"))).toBe(tieKey(parseDecimal("7")));
    expect(tieKey(parseDecimal("7.00000000006"))).not.toBe(tieKey(parseDecimal("7")));
  });
});
