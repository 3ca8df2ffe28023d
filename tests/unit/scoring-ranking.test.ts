import { describe, expect, it } from "vitest";
import { score, type ScoringInput } from "@/lib/scoring";

type Bid = ScoringInput["bids"][number];

/** Price 40 / quality 60, proportional, absolute quality, max 10. */
function input(bids: Bid[], tieBreak: ScoringInput["tieBreak"] = "none"): ScoringInput {
  return {
    maxPoints: 10,
    priceModel: { kind: "proportional" },
    qualityMode: "absolute",
    tieBreak,
    criteria: [
      { id: "price", kind: "price", weight: 40 },
      { id: "quality", kind: "quality", weight: 60 },
    ],
    bids,
  };
}

const bid = (id: string, price: string, quality: number): Bid => ({ id, price, quality: { quality } });
const summary = (i: ScoringInput) => score(i).ranking.map((r) => [r.id, r.rank, r.total, r.tiedWith]);

describe("edge sizes", () => {
  it("no bids → empty ranking", () => {
    expect(score(input([])).ranking).toEqual([]);
  });

  it("one bid → rank 1, full price points", () => {
    expect(score(input([bid("only", "500", 3)])).ranking).toEqual([
      { id: "only", rank: 1, total: "5.8", points: { price: "10", quality: "3" }, tiedWith: [] },
    ]);
  });
});

describe("ties", () => {
  // A: 0.4 × 10 + 0.6 × 5 = 7; B: 0.4 × 5 + 0.6 × 25/3 = 7; C: 0.4 × 10 + 0.6 × 5 = 7 (same price as A)
  const tied = [bid("A", "100", 5), bid("B", "200", 25 / 3), bid("C", "100", 5), bid("D", "400", 4)];

  it("tieBreak none: tied bids share the rank (competition ranking 1, 1, 1, 4)", () => {
    expect(summary(input([bid("A", "100", 5), bid("C", "100", 5), bid("D", "400", 4)]))).toEqual([
      ["A", 1, "7", ["C"]],
      ["C", 1, "7", ["A"]],
      ["D", 3, "3.4", []],
    ]);
  });

  it("tieBreak none with three-way tie, ordered by id", () => {
    expect(summary(input(tied)).map(([id, rank]) => [id, rank])).toEqual([
      ["A", 1],
      ["B", 1],
      ["C", 1],
      ["D", 4],
    ]);
  });

  it("a total that only differs in float arithmetic is still a tie", () => {
    // 25/3 as a float is 8.333…35; 0.6 × that = 5.0000000000000002, still a tie at 10 decimals
    const ranking = score(input(tied)).ranking;
    expect(ranking.find((r) => r.id === "B")?.tiedWith).toEqual(["A", "C"]);
  });

  it("lowest-price separates, and same prices keep sharing: B 3rd, A and C share 1st", () => {
    // tiedWith lists the others in ranking order
    expect(summary(input(tied, "lowest-price"))).toEqual([
      ["A", 1, "7", ["C", "B"]],
      ["C", 1, "7", ["A", "B"]],
        ["B", 3, "7.0000000000000004", ["A", "C"]],
      ["D", 4, "3.4", []],
    ]);
  });

  it("lowest-price compares prices exactly ('100.00' equals '100')", () => {
    const ranking = score(input([bid("A", "100.00", 5), bid("C", "100", 5)], "lowest-price")).ranking;
    expect(ranking.map((r) => r.rank)).toEqual([1, 1]);
  });

  it("highest-quality separates on the weighted quality points: B (quality 8.33) first", () => {
    expect(summary(input(tied, "highest-quality")).map(([id, rank]) => [id, rank])).toEqual([
      ["B", 1],
      ["A", 2],
      ["C", 2],
      ["D", 4],
    ]);
  });

  it("tiedWith is reported before the tie-break even when the rank is separated", () => {
    const ranking = score(input(tied, "highest-quality")).ranking;
    expect(ranking[0]?.tiedWith).toEqual(["A", "C"]);
  });

  it("exact decimal ties that floats get wrong: 0.1 + 0.2 vs 0.3", () => {
    const quality: ScoringInput = {
      maxPoints: 10,
      priceModel: { kind: "proportional" },
      qualityMode: "absolute",
      tieBreak: "none",
      criteria: [
        { id: "q1", kind: "quality", weight: 10 },
        { id: "q2", kind: "quality", weight: 20 },
        { id: "q3", kind: "quality", weight: 70 },
      ],
      bids: [
        { id: "X", price: "1", quality: { q1: 1, q2: 1, q3: 0 } },
        { id: "Y", price: "1", quality: { q1: 3, q2: 0, q3: 0 } },
      ],
    };
    expect(score(quality).ranking.map((r) => [r.id, r.rank, r.total])).toEqual([
      ["X", 1, "0.3"],
      ["Y", 1, "0.3"],
    ]);
  });

  it("totals differing in the 11th decimal are tied, in the 9th are not", () => {
    const q = (a: number, b: number): ScoringInput => ({
      ...input([]),
      criteria: [{ id: "quality", kind: "quality", weight: 100 }],
      bids: [bid("A", "1", a), bid("B", "1", b)],
    });
    expect(score(q(5, 5.00000000001)).ranking.map((r) => r.rank)).toEqual([1, 1]);
    expect(score(q(5, 5.000000001)).ranking.map((r) => [r.id, r.rank])).toEqual([
      ["B", 1],
      ["A", 2],
    ]);
  });
});
