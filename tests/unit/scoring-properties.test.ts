import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PriceModel, score, scorePricedQuality, type ScoringInput, sensitivity } from "@/lib/scoring";

// An independent oracle: the formulas in decimal.js at 60 digits, to check the fixed-point core.
const D = Decimal.clone({ precision: 60 });
type Dec = InstanceType<typeof D>;

const price = fc.integer({ min: 1, max: 500_000_000 }).map((cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`);

const priceModel: fc.Arbitrary<PriceModel> = fc.oneof(
  fc.constant({ kind: "proportional" as const }),
  fc.record({
    kind: fc.constant("linear-relative" as const),
    zeroAtMultipleOfLowest: fc.constantFrom(1.25, 1.5, 2, 3, 10),
    allowNegative: fc.boolean(),
  }),
  fc.tuple(price, price)
    .filter(([a, b]) => Number(a) !== Number(b))
    .map(([a, b]) => (Number(a) < Number(b) ? [a, b] : [b, a]))
    .map(([full, zero]) => ({ kind: "linear-absolute" as const, fullPointsAt: full ?? "1", zeroPointsAt: zero ?? "2" })),
);

/** Weights summing to exactly 100, in whole percent or tenths (one may take all of it). */
const weights = (n: number) =>
  fc.tuple(fc.array(fc.nat({ max: 20 }), { minLength: n, maxLength: n }), fc.constantFrom(1, 10))
    .filter(([xs]) => xs.some((x) => x > 0))
    .map(([xs, parts]) => {
      const sum = xs.reduce((a, b) => a + b, 0);
      const scaled = xs.map((x) => Math.floor((100 * parts * x) / sum));
      scaled[scaled.length - 1] = 100 * parts - scaled.slice(0, -1).reduce((a, b) => a + b, 0);
      return scaled.map((w) => w / parts);
    });

interface Options {
  models?: fc.Arbitrary<PriceModel>;
  qualityMode?: ScoringInput["qualityMode"];
  withPrice?: boolean;
  minBids?: number;
}

function scoringInput(options: Options = {}): fc.Arbitrary<ScoringInput> {
  return fc
    .record({
      maxPoints: fc.constantFrom(10, 5, 100),
      hasPrice: options.withPrice === undefined ? fc.boolean() : fc.constant(options.withPrice),
      qualityCount: fc.integer({ min: 1, max: 4 }),
      bidCount: fc.integer({ min: options.minBids ?? 0, max: 7 }),
    })
    .chain(({ maxPoints, hasPrice, qualityCount, bidCount }) => {
      const ids = Array.from({ length: qualityCount }, (_, i) => `q${i}`);
      const score = fc.integer({ min: 0, max: maxPoints * 10 }).map((x) => x / 10);
      const bid = fc.record({ price, quality: fc.tuple(...ids.map(() => score)) });
      return fc.record({
        maxPoints: fc.constant(maxPoints),
        priceModel: options.models ?? priceModel,
        qualityMode: options.qualityMode === undefined ? fc.constantFrom("absolute" as const, "relative" as const) : fc.constant(options.qualityMode),
        tieBreak: fc.constantFrom("none" as const, "lowest-price" as const, "highest-quality" as const),
        criteria: weights(qualityCount + (hasPrice ? 1 : 0)).map((w) => [
          ...(hasPrice ? [{ id: "price", kind: "price" as const, weight: w[qualityCount] ?? 0 }] : []),
          ...ids.map((id, i) => ({ id, kind: "quality" as const, weight: w[i] ?? 0 })),
        ]),
        bids: fc.array(bid, { minLength: bidCount, maxLength: bidCount }).map((bs) =>
          bs.map((b, i) => ({ id: `b${i}`, price: b.price, quality: Object.fromEntries(ids.map((id, j) => [id, b.quality[j] ?? 0])) })),
        ),
      });
    });
}

const rankOf = (input: ScoringInput, id: string) => score(input).ranking.find((r) => r.id === id)?.rank ?? 0;

/** Does removing one bid swap the order of two others? */
function hasReversal(input: ScoringInput): boolean {
  const before = new Map(score(input).ranking.map((r) => [r.id, r.rank]));
  return input.bids.some((removed) => {
    const after = new Map(score({ ...input, bids: input.bids.filter((b) => b !== removed) }).ranking.map((r) => [r.id, r.rank]));
    const ids = [...after.keys()];
    return ids.some((a) => ids.some((b) => (before.get(a) ?? 0) < (before.get(b) ?? 0) && (after.get(a) ?? 0) > (after.get(b) ?? 0)));
  });
}

describe("properties of score", () => {
  it("every total lies in 0..max, and above 0 only negative with allowNegative", () => {
    fc.assert(
      fc.property(scoringInput(), (input) => {
        const negativeAllowed = input.priceModel.kind === "linear-relative" && input.priceModel.allowNegative === true;
        for (const r of score(input).ranking) {
          expect(new D(r.total).lte(input.maxPoints)).toBe(true);
          if (!negativeAllowed) expect(new D(r.total).gte(0)).toBe(true);
        }
      }),
    );
  });

  it("raising one bid's quality score never lowers its rank", () => {
    const change = fc.record({ bid: fc.nat(), criterion: fc.nat(), raise: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(scoringInput({ minBids: 1 }), change, (input, { bid, criterion, raise }) => {
        const target = input.bids[bid % input.bids.length];
        const quality = input.criteria.filter((c) => c.kind === "quality");
        const id = quality[criterion % quality.length]?.id ?? "";
        if (target === undefined) return;
        // The generator makes numbers; scores may also be decimal strings, hence Number().
        const old = Number(target.quality[id] ?? 0);
        const raised = Math.round((old + raise * (input.maxPoints - old)) * 10) / 10;
        const after = { ...input, bids: input.bids.map((b) => (b === target ? { ...b, quality: { ...b.quality, [id]: raised } } : b)) };
        expect(rankOf(after, target.id)).toBeLessThanOrEqual(rankOf(input, target.id));
      }),
    );
  });

  it("lowering one bid's price never lowers its price points", () => {
    fc.assert(
      fc.property(scoringInput({ minBids: 1, withPrice: true }), fc.nat(), fc.integer({ min: 1, max: 100 }), (input, i, percent) => {
        const target = input.bids[i % input.bids.length];
        if (target === undefined) return;
        const lowered = new D(target.price).times(percent).div(100).toDecimalPlaces(2, Decimal.ROUND_UP).toFixed();
        const after = { ...input, bids: input.bids.map((b) => (b === target ? { ...b, price: lowered } : b)) };
        const points = (s: ScoringInput) => new D(score(s).ranking.find((r) => r.id === target.id)?.points.price ?? "0");
        expect(points(after).gte(points(input))).toBe(true);
      }),
    );
  });

  it("permuting the bids changes nothing", () => {
    fc.assert(
      fc.property(scoringInput(), fc.infiniteStream(fc.double({ noNaN: true })), (input, keys) => {
        const order = input.bids.map((b) => ({ b, k: keys.next().value as number }));
        const shuffled = { ...input, bids: order.sort((x, y) => x.k - y.k).map(({ b }) => b) };
        expect(score(shuffled)).toEqual(score(input));
      }),
    );
  });

  it("ranks are a competition ranking and tiedWith is symmetric", () => {
    fc.assert(
      fc.property(scoringInput(), (input) => {
        const ranking = score(input).ranking;
        ranking.forEach((r, i) => {
          expect(r.rank === i + 1 || r.rank === ranking[i - 1]?.rank).toBe(true);
          for (const other of r.tiedWith) expect(ranking.find((o) => o.id === other)?.tiedWith).toContain(r.id);
        });
      }),
    );
  });

  it("totals match an independent decimal.js computation of the formulas", () => {
    fc.assert(
      fc.property(scoringInput(), (input) => {
        const expected = oracleTotals(input);
        for (const r of score(input).ranking) {
          expect(new D(r.total).minus(expected.get(r.id) ?? 0).abs().lte("1e-19")).toBe(true);
        }
      }),
    );
  });
});

describe("rank reversal (removing a bid reorders the others)", () => {
  const linearAbsolute = fc.constant({ kind: "linear-absolute" as const, fullPointsAt: "1", zeroPointsAt: "5000000" });

  it("cannot happen with linear-absolute price and absolute quality", () => {
    fc.assert(fc.property(scoringInput({ models: linearAbsolute, qualityMode: "absolute" }), (input) => !hasReversal(input)));
  });

  it("cannot happen with prissetting av kvalitet", () => {
    const priced = scoringInput({ minBids: 2 }).map((input) => ({
      maxPoints: input.maxPoints,
      tieBreak: input.tieBreak,
      criteria: input.criteria.filter((c) => c.kind === "quality").map((c) => ({ id: c.id, fullScoreValue: `${c.weight * 1000 + 1}` })),
      bids: input.bids,
    }));
    fc.assert(
      fc.property(priced, (input) => {
        const order = (bids: typeof input.bids) => scorePricedQuality({ ...input, bids }).ranking.map((r) => r.id);
        const full = order(input.bids);
        for (const removed of input.bids) {
          expect(order(input.bids.filter((b) => b !== removed))).toEqual(full.filter((id) => id !== removed.id));
        }
      }),
    );
  });

  it.each([
    ["proportional price", { kind: "proportional" } as PriceModel, "absolute"],
    ["linear-relative price", { kind: "linear-relative", zeroAtMultipleOfLowest: 2 } as PriceModel, "absolute"],
    ["relative quality, even with linear-absolute price", { kind: "linear-absolute", fullPointsAt: "1", zeroPointsAt: "5000000" } as PriceModel, "relative"],
  ] as const)("can happen with %s (fast-check finds a case)", (_, model, qualityMode) => {
    const property = fc.property(scoringInput({ models: fc.constant(model), qualityMode, minBids: 3 }), (input) => !hasReversal(input));
    expect(() => fc.assert(property, { numRuns: 2000 })).toThrow(/Property failed/);
  });
});

describe("properties of sensitivity", () => {
  it("at the reported weight the new winner ties the winner, and nobody overtakes before it", () => {
    fc.assert(
      fc.property(scoringInput({ minBids: 1 }), (input) => {
        const ranking = score(input).ranking;
        const points = new Map(ranking.map((r) => [r.id, input.criteria.map((c) => new D(r.points[c.id] ?? "0"))]));
        const winner = ranking[0]?.id ?? "";
        sensitivity(input).forEach((s, ci) => {
          const total = (id: string, x: Dec) => weightedAt(input, ci, x, points.get(id) ?? []);
          const lead = (x: Dec) => ranking.reduce((m, r) => D.max(m, total(r.id, x).minus(total(winner, x))), new D(-Infinity));
          const current = new D(s.currentWeight);
          if (s.winnerChangesAt === null) {
            for (let x = 0; x <= 100; x += 2.5) expect(lead(new D(x)).lte("1e-9")).toBe(true);
            return;
          }
          const at = new D(s.winnerChangesAt);
          // the weight comes back rounded to 10 decimals, which moves the totals by up to 1e-12 × |points|
          const size = [winner, s.newWinner ?? ""].flatMap((id) => points.get(id) ?? []).reduce((a, p) => a.plus(p.abs()), new D(1));
          expect(total(s.newWinner ?? "", at).minus(total(winner, at)).abs().lte(size.times("1e-11"))).toBe(true);
          for (const t of [0.1, 0.5, 0.9]) expect(lead(current.plus(at.minus(current).times(t))).lte("1e-9")).toBe(true);
        });
      }),
    );
  });
});

/** Total at weight x for criterion ci, others rescaled proportionally (equal shares when ci had 100). */
function weightedAt(input: ScoringInput, ci: number, x: Dec, points: Dec[]): Dec {
  const current = new D(input.criteria[ci]?.weight ?? 0);
  const others = input.criteria.length - 1;
  return input.criteria
    .reduce((sum, c, j) => {
      if (j === ci) return sum.plus(x.times(points[j] ?? 0));
      const w = current.eq(100) ? new D(100).minus(x).div(others) : new D(c.weight).times(new D(100).minus(x)).div(new D(100).minus(current));
      return sum.plus(w.times(points[j] ?? 0));
    }, new D(0))
    .div(100);
}

function oracleTotals(input: ScoringInput): Map<string, Dec> {
  const max = new D(input.maxPoints);
  const lowest = input.bids.reduce((m, b) => D.min(m, b.price), new D(Infinity));
  const m = input.priceModel;
  const pricePoints = (p: Dec): Dec => {
    if (m.kind === "proportional") return max.times(lowest).div(p);
    if (m.kind === "linear-absolute") return D.min(max, D.max(0, max.times(new D(m.zeroPointsAt).minus(p)).div(new D(m.zeroPointsAt).minus(m.fullPointsAt))));
    const v = max.times(new D(1).minus(p.minus(lowest).div(lowest.times(new D(m.zeroAtMultipleOfLowest).minus(1)))));
    return m.allowNegative === true ? v : D.max(0, v);
  };
  const best = (id: string) => input.bids.reduce((b, bid) => Math.max(b, Number(bid.quality[id] ?? 0)), 0);
  return new Map(
    input.bids.map((bid) => {
      const total = input.criteria.reduce((sum, c) => {
        const q = bid.quality[c.id] ?? 0;
        const p = c.kind === "price" ? pricePoints(new D(bid.price)) : input.qualityMode === "absolute" ? new D(q) : best(c.id) === 0 ? new D(0) : max.times(q).div(best(c.id));
        return sum.plus(p.times(c.weight));
      }, new D(0));
      return [bid.id, total.div(100)];
    }),
  );
}
