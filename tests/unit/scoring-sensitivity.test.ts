import { describe, expect, it } from "vitest";
import { type ScoringInput, sensitivity } from "@/lib/scoring";

type Bid = ScoringInput["bids"][number];

/** The setting: price 30 / quality 70, proportional, absolute quality, max 10. */
function input(bids: Bid[], overrides: Partial<ScoringInput> = {}): ScoringInput {
  return {
    maxPoints: 10,
    priceModel: { kind: "proportional" },
    qualityMode: "absolute",
    tieBreak: "none",
    criteria: [
      { id: "price", kind: "price", weight: 30 },
      { id: "quality", kind: "quality", weight: 70 },
    ],
    bids,
    ...overrides,
  };
}
const bid = (id: string, price: string, quality: number): Bid => ({ id, price, quality: { quality } });
const A = bid("A", "1000000", 6); // price points 10
const B = bid("B", "2000000", 9); // price points 5, winner at 30/70 (7.8 vs 7.2)
const changes = (i: ScoringInput) => sensitivity(i).map((s) => [s.criterionId, s.winnerChangesAt, s.newWinner]);

describe("sensitivity", () => {
  it("returns exact numbers for exact tie points (37.5, not 37.49999…)", () => {
    const [price] = sensitivity(input([A, B]));
    expect(price?.winnerChangesAt).toBe(37.5);
  });

  it("works with decimal weights: from 32.5 % the price weight must reach 37.5 %", () => {
    const decimals = input([A, B], {
      criteria: [
        { id: "price", kind: "price", weight: 32.5 },
        { id: "quality", kind: "quality", weight: 67.5 },
      ],
    });
    expect(changes(decimals)).toEqual([
      ["price", 37.5, "A"],
      ["quality", 62.5, "A"],
    ]);
  });

  it("no bids or a single bid: null for every criterion", () => {
    const nulls = [
      ["price", null, null],
      ["quality", null, null],
    ];
    expect(changes(input([]))).toEqual(nulls);
    expect(changes(input([B]))).toEqual(nulls);
  });

  it("null when the winner leads on every criterion (no weight can change it)", () => {
    expect(changes(input([bid("A", "100", 8), bid("B", "200", 6)]))).toEqual([
      ["price", null, null],
      ["quality", null, null],
    ]);
  });

  it("picks the nearest crossing: C (price points 8, quality 7.3125) ties B at price weight 36, before A at 37.5", () => {
    const C = bid("C", "1250000", 7.3125);
    expect(changes(input([A, B, C]))).toEqual([
      ["price", 36, "C"],
      ["quality", 64, "C"],
    ]);
  });

  it("when two bids tie the winner at the same weight, the one overtaking past it wins (steeper line)", () => {
    // D (price points 8, quality 7.2) also ties B at 37.5 = 7.5, but rises slower than A with the price weight
    const D = bid("D", "1250000", 7.2);
    expect(changes(input([D, B, A]))).toEqual([
      ["price", 37.5, "A"],
      ["quality", 62.5, "A"],
    ]);
  });

  it("a tie now (decided by the tie-break) changes at the current weight", () => {
    const tied = input([bid("A", "100", 4), bid("B", "200", 9)], {
      tieBreak: "lowest-price",
      criteria: [
        { id: "price", kind: "price", weight: 50 },
        { id: "quality", kind: "quality", weight: 50 },
      ],
    });
    expect(changes(tied)).toEqual([
      ["price", 50, "B"],
      ["quality", 50, "B"],
    ]);
  });

  it("w_c = 100: the other criteria (all 0) share the rest equally", () => {
    // A: 8 / 2 / 2, B: 6 / 10 / 10. q1 at x: A = 0.08x + 0.02(100 − x), B = 0.06x + 0.10(100 − x) → tie at 80.
    // q2 at x (q1 gets 100 − x, q3 stays 0): A = 8 − 0.06x, B = 6 + 0.04x → tie at 20; q3 likewise.
    const quality = input(
      [
        { id: "A", price: "1", quality: { q1: 8, q2: 2, q3: 2 } },
        { id: "B", price: "1", quality: { q1: 6, q2: 10, q3: 10 } },
      ],
      {
        criteria: [
          { id: "q1", kind: "quality", weight: 100 },
          { id: "q2", kind: "quality", weight: 0 },
          { id: "q3", kind: "quality", weight: 0 },
        ],
      },
    );
    expect(changes(quality)).toEqual([
      ["q1", 80, "B"],
      ["q2", 20, "B"],
      ["q3", 20, "B"],
    ]);
  });

  it("a single criterion (100 %) has nothing to trade weight with: null", () => {
    const single = input([bid("A", "100", 8), bid("B", "200", 6)], {
      criteria: [{ id: "quality", kind: "quality", weight: 100 }],
    });
    expect(changes(single)).toEqual([["quality", null, null]]);
  });

  it("counts a tie exactly at the end of the range (weight 100)", () => {
    // at price weight 100 both have 10 price points: they tie there and nowhere before
    const sameprice = input([bid("A", "100", 8), bid("B", "100", 6)]);
    expect(changes(sameprice)).toEqual([
      ["price", 100, "B"],
      ["quality", 0, "B"],
    ]);
  });

  it("identical bids tie at every weight and are left to the tie-break", () => {
    const twins = input([bid("A", "100", 8), bid("B", "100", 8)], { tieBreak: "highest-quality" });
    expect(changes(twins)).toEqual([
      ["price", null, null],
      ["quality", null, null],
    ]);
  });

  it("reports the current weight as given", () => {
    expect(sensitivity(input([A, B])).map((s) => s.currentWeight)).toEqual([30, 70]);
  });
});
