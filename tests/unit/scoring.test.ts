import { describe, expect, it } from "vitest";
import { type PriceModel, score, type ScoringInput, sensitivity } from "@/lib/scoring";

/** Round a result string to 4 decimals the way the DFØ tables print them. */
const dp4 = (value: string | undefined) => Number(value).toFixed(4);

const DFO_LINEAR: PriceModel = { kind: "linear-relative", zeroAtMultipleOfLowest: 2, allowNegative: true };
const PROPORTIONAL: PriceModel = { kind: "proportional" };

/** domain.md §5: oppfølging, price 40 %, quality 60 %, absolute quality 0–10. */
function dfoInput(priceModel: PriceModel, ids = ["A", "B", "C", "D"]): ScoringInput {
  const tenders: Record<string, [string, number]> = {
    A: ["10000", 5],
    B: ["12000", 7],
    C: ["16000", 9.5],
    D: ["22000", 10],
  };
  return {
    maxPoints: 10,
    priceModel,
    qualityMode: "absolute",
    tieBreak: "none",
    criteria: [
      { id: "price", kind: "price", weight: 40 },
      { id: "quality", kind: "quality", weight: 60 },
    ],
    bids: ids.map((id) => ({ id, price: tenders[id]?.[0] ?? "1", quality: { quality: tenders[id]?.[1] ?? 0 } })),
  };
}

function table(input: ScoringInput) {
  return score(input).ranking.map((r) => [r.id, r.rank, dp4(r.points.price), dp4(r.total)]);
}

describe("DFØ worked example (domain.md §5)", () => {
  it("linear model: B > C > A > D, D's price score negative", () => {
    expect(table(dfoInput(DFO_LINEAR))).toEqual([
      ["B", 1, "8.0000", "7.4000"],
      ["C", 2, "4.0000", "7.3000"],
      ["A", 3, "10.0000", "7.0000"],
      ["D", 4, "-2.0000", "5.2000"],
    ]);
  });

  it("proportional model: C > D > B > A — the model decides the winner", () => {
    expect(table(dfoInput(PROPORTIONAL))).toEqual([
      ["C", 1, "6.2500", "8.2000"],
      ["D", 2, "4.5455", "7.8182"],
      ["B", 3, "8.3333", "7.5333"],
      ["A", 4, "10.0000", "7.0000"],
    ]);
  });

  it("rank reversal under the linear model when A is rejected: the winner flips B → C", () => {
    expect(table(dfoInput(DFO_LINEAR, ["B", "C", "D"]))).toEqual([
      ["C", 1, "6.6667", "8.3667"],
      ["B", 2, "10.0000", "8.2000"],
      ["D", 3, "1.6667", "6.6667"],
    ]);
  });

  it("proportional model without A", () => {
    expect(table(dfoInput(PROPORTIONAL, ["B", "C", "D"]))).toEqual([
      ["C", 1, "7.5000", "8.7000"],
      ["B", 2, "10.0000", "8.2000"],
      ["D", 3, "5.4545", "8.1818"],
    ]);
  });

  it("normalisation check: relative quality {5, 7, 9.5} → 5.2632, 7.3684, 10", () => {
    const ranking = score({ ...dfoInput(PROPORTIONAL, ["A", "B", "C"]), qualityMode: "relative" }).ranking;
    const quality = Object.fromEntries(ranking.map((r) => [r.id, dp4(r.points.quality)]));
    expect(quality).toEqual({ A: "5.2632", B: "7.3684", C: "10.0000" });
  });

  it("keeps full precision in the strings (rounding is for display only)", () => {
    const b = score(dfoInput(PROPORTIONAL)).ranking.find((r) => r.id === "B");
    expect(b?.points.price).toBe("8.33333333333333333333");
    expect(b?.total).toBe("7.53333333333333333333");
  });
});

describe("issue example: price 30 / quality 70, proportional, absolute", () => {
  const input: ScoringInput = {
    maxPoints: 10,
    priceModel: PROPORTIONAL,
    qualityMode: "absolute",
    tieBreak: "none",
    criteria: [
      { id: "price", kind: "price", weight: 30 },
      { id: "quality", kind: "quality", weight: 70 },
    ],
    bids: [
      { id: "A", price: "1000000", quality: { quality: 6 } },
      { id: "B", price: "2000000", quality: { quality: 9 } },
    ],
  };

  it("scores A 7.2 and B 7.8, B first", () => {
    expect(score(input).ranking).toEqual([
      { id: "B", rank: 1, total: "7.8", points: { price: "5", quality: "9" }, tiedWith: [] },
      { id: "A", rank: 2, total: "7.2", points: { price: "10", quality: "6" }, tiedWith: [] },
    ]);
  });

  it("sensitivity: price weight 37.5 or quality weight 62.5 makes A win", () => {
    expect(sensitivity(input)).toEqual([
      { criterionId: "price", currentWeight: 30, winnerChangesAt: 37.5, newWinner: "A" },
      { criterionId: "quality", currentWeight: 70, winnerChangesAt: 62.5, newWinner: "A" },
    ]);
  });
});

describe("price models, hand-computed (max 10, lowest 100)", () => {
  const pricePoints = (priceModel: PriceModel, prices: string[]) => {
    const ranking = score({
      maxPoints: 10,
      priceModel,
      qualityMode: "absolute",
      tieBreak: "none",
      criteria: [{ id: "p", kind: "price", weight: 100 }],
      bids: prices.map((price, i) => ({ id: `b${i}`, price, quality: {} })),
    }).ranking;
    return prices.map((_, i) => ranking.find((r) => r.id === `b${i}`)?.points.p);
  };

  it("proportional: 10 × 100 / price", () => {
    expect(pricePoints(PROPORTIONAL, ["100", "125", "400", "300"])).toEqual(["10", "8", "2.5", "3.33333333333333333333"]);
  });

  it("linear-relative k = 1.5: zero at 150, floored at 0 above", () => {
    const model: PriceModel = { kind: "linear-relative", zeroAtMultipleOfLowest: 1.5 };
    expect(pricePoints(model, ["100", "110", "150", "200"])).toEqual(["10", "8", "0", "0"]);
  });

  it("linear-relative k = 1.5 with allowNegative keeps going below 0", () => {
    const model: PriceModel = { kind: "linear-relative", zeroAtMultipleOfLowest: 1.5, allowNegative: true };
    expect(pricePoints(model, ["100", "110", "150", "200"])).toEqual(["10", "8", "0", "-10"]);
  });

  it("linear-relative k = 3: 10 × (1 − (p − 100)/200)", () => {
    const model: PriceModel = { kind: "linear-relative", zeroAtMultipleOfLowest: 3 };
    expect(pricePoints(model, ["100", "150", "233.33"])).toEqual(["10", "7.5", "3.3335"]);
  });

  it("linear-absolute: full at 80, zero at 180, clamped to [0, 10]", () => {
    const model: PriceModel = { kind: "linear-absolute", fullPointsAt: "80", zeroPointsAt: "180" };
    expect(pricePoints(model, ["100", "130", "50", "200", "179.99"])).toEqual(["8", "5", "10", "0", "0.001"]);
  });

  it("money with øre: 10 × 1000000.40 / 1250000.50 is exactly 8", () => {
    const [low, high] = pricePoints(PROPORTIONAL, ["1000000.40", "1250000.50"]);
    expect(low).toBe("10");
    expect(high).toBe("8");
  });
});

describe("quality modes", () => {
  const input = (qualityMode: ScoringInput["qualityMode"], scores: [number, number][]): ScoringInput => ({
    maxPoints: 10,
    priceModel: PROPORTIONAL,
    qualityMode,
    tieBreak: "none",
    criteria: [
      { id: "q1", kind: "quality", weight: 50 },
      { id: "q2", kind: "quality", weight: 50 },
    ],
    bids: scores.map(([q1, q2], i) => ({ id: `b${i}`, price: "100", quality: { q1, q2 } })),
  });
  const points = (i: ScoringInput) =>
    Object.fromEntries(score(i).ranking.map((r) => [r.id, [r.points.q1, r.points.q2, r.total]]));

  it("absolute: points are the scores", () => {
    expect(points(input("absolute", [[4, 6], [8, 3]]))).toEqual({ b0: ["4", "6", "5"], b1: ["8", "3", "5.5"] });
  });

  it("relative: the best gets max, the others max × score / best", () => {
    expect(points(input("relative", [[4, 6], [8, 3]]))).toEqual({ b0: ["5", "10", "7.5"], b1: ["10", "5", "7.5"] });
  });

  it("relative: all zero when the best score is 0", () => {
    expect(points(input("relative", [[0, 6], [0, 3]]))).toEqual({ b0: ["0", "10", "5"], b1: ["0", "5", "2.5"] });
  });

  it("relative: changes the winner compared to absolute (differences are rescaled)", () => {
    const scores: [number, number][] = [[2, 9], [4, 6]];
    expect(score(input("absolute", scores)).ranking[0]?.id).toBe("b0");
    expect(score(input("relative", scores)).ranking[0]?.id).toBe("b1");
  });
});

describe("without a price criterion (fixed price, quality only)", () => {
  it("ranks on quality alone and still validates the price", () => {
    const ranking = score({
      maxPoints: 10,
      priceModel: PROPORTIONAL,
      qualityMode: "absolute",
      tieBreak: "none",
      criteria: [{ id: "q", kind: "quality", weight: 100 }],
      bids: [
        { id: "cheap", price: "100", quality: { q: 6 } },
        { id: "dear", price: "900", quality: { q: 7 } },
      ],
    }).ranking;
    expect(ranking.map((r) => [r.id, r.total, Object.keys(r.points)])).toEqual([
      ["dear", "7", ["q"]],
      ["cheap", "6", ["q"]],
    ]);
  });
});

describe("rank reversal with relative quality (no price involved)", () => {
  it("relative quality reverses a concrete pair: P overtakes Q once R (best on q2) is gone", () => {
    // P − Q per criterion: −2 on q1, +3 on q2; which matters more depends on the best scores (6 and 10 or 8)
    const input: ScoringInput = {
      maxPoints: 10,
      priceModel: { kind: "proportional" },
      qualityMode: "relative",
      tieBreak: "none",
      criteria: [{ id: "q1", kind: "quality", weight: 50 }, { id: "q2", kind: "quality", weight: 50 }],
      bids: [
        { id: "P", price: "1", quality: { q1: 4, q2: 8 } },
        { id: "Q", price: "1", quality: { q1: 6, q2: 5 } },
        { id: "R", price: "1", quality: { q1: 0, q2: 10 } },
      ],
    };
    expect(score(input).ranking.map((r) => [r.id, r.total])).toEqual([["Q", "7.5"], ["P", "7.33333333333333333333"], ["R", "5"]]);
    const withoutR = score({ ...input, bids: input.bids.slice(0, 2) }).ranking;
    expect(withoutR.map((r) => [r.id, r.total])).toEqual([["P", "8.33333333333333333333"], ["Q", "8.125"]]);
    const absolute = (bids: ScoringInput["bids"]) => score({ ...input, qualityMode: "absolute", bids }).ranking.map((r) => r.id);
    expect([absolute(input.bids).slice(0, 2), absolute(input.bids.slice(0, 2))]).toEqual([["P", "Q"], ["P", "Q"]]);
  });
});
