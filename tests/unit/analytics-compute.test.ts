import { describe, expect, it } from "vitest";

import {
  basisPoints, byKind, competition, concentration, hhi, localShare, pricePerParticipantMonth, qualityVersusPrice, qualityWeightOverTime,
  turnover, turnoverTotal, uncovered, type SupplierAward,
} from "@/lib/analytics/compute";

const award = (supplierId: string, kind: SupplierAward["kind"], valueOre: bigint, extra: Partial<SupplierAward> = {}): SupplierAward => ({
  supplierId, kind, valueOre, contracts: 1, regionId: "R1", measureTypeId: "M1", supplierRegionId: "R1", ...extra,
});

describe("shares and HHI", () => {
  it("basis points round half up and are 0 for an empty whole", () => {
    expect(basisPoints(1n, 3n)).toBe(3333);
    expect(basisPoints(2n, 3n)).toBe(6667);
    expect(basisPoints(1n, 8n)).toBe(1250);
    expect(basisPoints(5n, 0n)).toBe(0);
  });

  it("HHI: a monopoly is 10 000, four equal suppliers 2 500, 60/30/10 is 4 600", () => {
    expect(hhi([7n])).toBe(10000);
    expect(hhi([1n, 1n, 1n, 1n])).toBe(2500);
    expect(hhi([60n, 30n, 10n])).toBe(4600);
    // Exact on values far beyond a float's 2^53: 50/50 of 10^20 øre.
    expect(hhi([10n ** 20n, 10n ** 20n])).toBe(5000);
    expect(hhi([])).toBeNull();
  });

  it("per supplier kind: value, contracts and shares; every kind is listed", () => {
    const rows = [award("a", "COMMERCIAL", 600n), award("b", "IDEAL", 300n, { contracts: 2 }), award("c", "COMMERCIAL", 100n)];
    const kinds = byKind(rows);
    expect(kinds).toHaveLength(5);
    expect(kinds.find((k) => k.kind === "COMMERCIAL")).toEqual({ kind: "COMMERCIAL", valueOre: 700n, contracts: 2, valueShareBp: 7000, contractShareBp: 5000 });
    expect(kinds.find((k) => k.kind === "IDEAL")).toEqual({ kind: "IDEAL", valueOre: 300n, contracts: 2, valueShareBp: 3000, contractShareBp: 5000 });
    expect(kinds.find((k) => k.kind === "PUBLIC")).toMatchObject({ valueOre: 0n, valueShareBp: 0 });
  });

  it("concentration per region sums a supplier's rows across measure types, with the top suppliers' shares", () => {
    const rows = [
      award("a", "COMMERCIAL", 300n, { measureTypeId: "M1" }), award("a", "COMMERCIAL", 300n, { measureTypeId: "M2" }),
      award("b", "IDEAL", 300n), award("c", "PUBLIC", 100n),
      award("d", "COMMERCIAL", 500n, { regionId: "R2" }),
    ];
    const [r1, r2] = concentration(rows, (row) => row.regionId, 2);
    expect(r1).toEqual({ key: "R1", valueOre: 1000n, suppliers: 3, hhi: 4600, top: [{ supplierId: "a", valueOre: 600n, shareBp: 6000 }, { supplierId: "b", valueOre: 300n, shareBp: 3000 }] });
    expect(r2).toMatchObject({ key: "R2", hhi: 10000, suppliers: 1 });
    expect(concentration(rows, (row) => row.measureTypeId).map((c) => [c.key, c.hhi])).toEqual([["M1", 3056], ["M2", 10000]]);
  });

  it("local share: value to suppliers located in the contracting region", () => {
    const rows = [award("a", "COMMERCIAL", 750n), award("b", "IDEAL", 200n, { supplierRegionId: "R9" }), award("c", "IDEAL", 50n, { supplierRegionId: null })];
    expect(localShare(rows)).toEqual({ localValueOre: 750n, valueOre: 1000n, shareBp: 7500 });
  });
});

describe("competition", () => {
  it("average bids per tender and the share of single-bid tenders", () => {
    // 2 tenders with 1 bid, 1 with 3, 1 with 4: 4 tenders, 9 bids.
    expect(competition([{ bidders: 1, tenders: 2 }, { bidders: 3, tenders: 1 }, { bidders: 4, tenders: 1 }])).toEqual({
      tenders: 4, bids: 9, averageBids: "2.25", singleBidTenders: 2, singleBidShareBp: 5000,
    });
    expect(competition([{ bidders: 2, tenders: 3 }, { bidders: 1, tenders: 0 }]).averageBids).toBe("2.00");
    expect(competition([{ bidders: 1, tenders: 1 }, { bidders: 0, tenders: 2 }]).averageBids).toBe("0.33");
    expect(competition([])).toEqual({ tenders: 0, bids: 0, averageBids: null, singleBidTenders: 0, singleBidShareBp: 0 });
  });
});

describe("district coverage", () => {
  it("municipalities with no contract in force per measure type", () => {
    const result = uncovered(["k1", "k2", "k3"], ["M1", "M2"], [
      { measureTypeId: "M1", municipalityId: "k1" }, { measureTypeId: "M1", municipalityId: "k3" }, { measureTypeId: "M2", municipalityId: "k9" },
    ]);
    expect(result).toEqual([{ measureTypeId: "M1", municipalityIds: ["k2"] }, { measureTypeId: "M2", municipalityIds: ["k1", "k2", "k3"] }]);
  });
});

describe("incumbent turnover", () => {
  it("is the share of re-tenders that changed hands per measure type; groups without re-tenders are left out", () => {
    const result = turnover([
      { measureTypeId: "M2", retenders: 1, changedHands: 1 },
      { measureTypeId: "M1", retenders: 3, changedHands: 1 },
      { measureTypeId: "M3", retenders: 0, changedHands: 0 },
    ]);
    expect(result).toEqual([{ key: "M1", retenders: 3, changedHands: 1, shareBp: 3333 }, { key: "M2", retenders: 1, changedHands: 1, shareBp: 10000 }]);
    expect(turnoverTotal(result)).toEqual({ retenders: 4, changedHands: 2, shareBp: 5000 });
  });
});

describe("price, quality and quality weight", () => {
  it("price per participant-month is Σ value / Σ (places × months) per measure type and quarter", () => {
    const result = pricePerParticipantMonth([
      { measureTypeId: "M1", quarter: "2025-Q1", valueOre: 1_200_000n, participantMonths: 100n },
      { measureTypeId: "M1", quarter: "2025-Q1", valueOre: 800_000n, participantMonths: 60n },
      { measureTypeId: "M2", quarter: "2024-Q4", valueOre: 10n, participantMonths: 3n },
      { measureTypeId: "M3", quarter: "2024-Q4", valueOre: 10n, participantMonths: 0n },
    ]);
    expect(result).toEqual([{ measureTypeId: "M2", quarter: "2024-Q4", ore: 3n }, { measureTypeId: "M1", quarter: "2025-Q1", ore: 12500n }]);
  });

  it("a winner's quality is Σ weight·score over Σ weight·maxPoints", () => {
    const [point] = qualityVersusPrice([
      { awardId: "w", measureTypeId: "M1", maxPoints: 10, priceOre: 5n, scores: [{ weight: "40.0000", score: "8.0000" }, { weight: "20", score: "5.5" }] },
      { awardId: "none", measureTypeId: "M1", maxPoints: 10, priceOre: 5n, scores: [] },
    ]);
    // (40·8 + 20·5.5) / (60·10) = 430 / 600.
    expect(point).toEqual({ awardId: "w", measureTypeId: "M1", priceOre: 5n, qualityBp: 7167 });
  });

  it("the average quality weight per quarter, exact from the decimal weights", () => {
    expect(qualityWeightOverTime([
      { quarter: "2025-Q2", qualityWeight: "70.0000", tenders: 2 }, { quarter: "2025-Q2", qualityWeight: "55.5", tenders: 1 }, { quarter: "2025-Q1", qualityWeight: "30", tenders: 4 },
    ])).toEqual([{ quarter: "2025-Q1", tenders: 4, averageBp: 3000 }, { quarter: "2025-Q2", tenders: 3, averageBp: 6517 }]);
  });
});
