import { beforeAll, describe, expect, it } from "vitest";

import { recordSuccession } from "@/lib/contracts/succession";

import { setupTestDb } from "./helpers/db";

/*
 * Re-tender succession on a constructed market (one region, one measure type, municipalities k1–k3): which earlier
 * tender a contract succeeds and whether it changed hands, as fixed at conclusion.
 */
const testDb = setupTestDb();
const day = (n: number) => new Date(Date.UTC(2025, 0, n, 10));
let seq = 0;

interface Market {
  regionId: string;
  measureTypeId: string;
  userId: string;
  kommune: Record<"k1" | "k2" | "k3", string>;
  supplier: Record<"a" | "b" | "c" | "d", string>;
}
let market: Market;

/** A tender with one contract per lot (lot = its municipalities, [] for the whole region, and its winner); returns them. */
async function tender(signedDay: number, lots: { municipalities: string[]; winner: string }[], measureTypeId = market.measureTypeId): Promise<{ tenderId: string; contracts: string[] }> {
  seq += 1;
  const { db } = testDb;
  const t = await db.tender.create({
    data: { reference: `SUCC/${seq}`, title: `Konkurranse ${seq}`, measureTypeId, regionId: market.regionId, status: "ACTIVE", estimatedValueOre: 100_000_000n, contractMonths: 12, createdById: market.userId, announcedAt: day(signedDay - 1) },
  });
  const contracts: string[] = [];
  for (const [index, spec] of lots.entries()) {
    const lot = await db.lot.create({ data: { tenderId: t.id, number: index + 1, title: `Delkontrakt ${index + 1}`, places: 5, municipalities: { create: spec.municipalities.map((municipalityId) => ({ municipalityId })) } } });
    const bid = await db.bid.create({ data: { tenderId: t.id, lotId: lot.id, supplierId: spec.winner, status: "AWARDED", submittedAt: day(signedDay - 1), priceOre: 100n } });
    const award = await db.awardDecision.create({ data: { tenderId: t.id, lotId: lot.id, winningBidId: bid.id, status: "APPROVED", reasoning: "Best", scoringSnapshot: {}, proposedById: market.userId, proposedAt: day(signedDay) } });
    const contract = await db.contract.create({
      data: { tenderId: t.id, regionId: market.regionId, measureTypeId, lotId: lot.id, supplierId: spec.winner, awardDecisionId: award.id, valueOre: 100n, startsOn: day(signedDay), endsOn: day(signedDay + 300), maxEndsOn: day(signedDay + 600), signedAt: day(signedDay) },
    });
    contracts.push(contract.id);
  }
  // Conclusion order: each tender's contracts are fixed when they are signed, with only the earlier ones present.
  await recordSuccession(db, contracts);
  return { tenderId: t.id, contracts };
}

const succession = (contractId: string) => testDb.db.contract.findUniqueOrThrow({ where: { id: contractId }, select: { predecessorTenderId: true, changedHands: true } });

beforeAll(async () => {
  const { db } = testDb;
  const user = await db.user.create({ data: { email: "succession@nav.test", name: "Kari Saksbehandler" } });
  const region = await db.region.create({ data: { name: "Nav Succession", code: "S001", seat: "Hamar", validFrom: day(1) } });
  const measure = await db.measureType.create({ data: { code: "SUCC-M", nameNb: "Tiltak S", nameEn: "Measure S" } });
  const kommune = async (n: number) => (await db.municipality.create({ data: { number: `98${n}0`, name: `Kommune ${n}`, regionId: region.id } })).id;
  const supplier = async (letter: string) => (await db.supplier.create({ data: { orgnr: `97${letter.charCodeAt(0)}00000`.slice(0, 9), name: `Leverandør ${letter} AS`, kind: "COMMERCIAL" } })).id;
  market = {
    regionId: region.id, measureTypeId: measure.id, userId: user.id,
    kommune: { k1: await kommune(1), k2: await kommune(2), k3: await kommune(3) },
    supplier: { a: await supplier("a"), b: await supplier("b"), c: await supplier("c"), d: await supplier("d") },
  };
});

describe("re-tender succession, fixed at conclusion", () => {
  it("a first contract succeeds nothing; the next succeeds the latest earlier tender only, and keeping its supplier is not a change", async () => {
    const { k1, k2, k3 } = market.kommune;
    const { a, b, c, d } = market.supplier;
    const first = await tender(1, [{ municipalities: [], winner: b }]);
    expect(await succession(first.contracts[0]!)).toEqual({ predecessorTenderId: null, changedHands: null });
    const second = await tender(5, [{ municipalities: [], winner: a }]);
    expect(await succession(second.contracts[0]!)).toEqual({ predecessorTenderId: first.tenderId, changedHands: true });
    // a held the latest earlier tender (b held an older one): kept.
    const third = await tender(10, [{ municipalities: [k1], winner: a }]);
    expect(await succession(third.contracts[0]!)).toEqual({ predecessorTenderId: second.tenderId, changedHands: false });

    // Two lots: k1 to b, k2 to c. A later k1 lot overlaps only the k1 lot, so its incumbent is b alone.
    const split = await tender(12, [{ municipalities: [k1], winner: b }, { municipalities: [k2], winner: c }]);
    const k1Later = await tender(20, [{ municipalities: [k1], winner: c }]);
    expect(await succession(k1Later.contracts[0]!)).toEqual({ predecessorTenderId: split.tenderId, changedHands: true });
    // A whole-region lot overlaps both of split's lots — but k1Later is later still, and c holds it: kept.
    const whole = await tender(25, [{ municipalities: [], winner: c }]);
    expect(await succession(whole.contracts[0]!)).toEqual({ predecessorTenderId: k1Later.tenderId, changedHands: false });

    // k3 was only ever covered by the whole-region contracts: the latest of them is the predecessor; d takes it over.
    const k3Lot = await tender(30, [{ municipalities: [k3], winner: d }]);
    expect(await succession(k3Lot.contracts[0]!)).toEqual({ predecessorTenderId: whole.tenderId, changedHands: true });
  });

  it("another measure type's contracts are never predecessors, and recording again changes nothing", async () => {
    const other = await testDb.db.measureType.create({ data: { code: "SUCC-OTHER", nameNb: "Annet tiltak", nameEn: "Other measure" } });
    const lone = await tender(40, [{ municipalities: [], winner: market.supplier.a }], other.id);
    expect(await succession(lone.contracts[0]!)).toEqual({ predecessorTenderId: null, changedHands: null });
    const ours = () => testDb.db.contract.findMany({ where: { tender: { reference: { startsWith: "SUCC/" } } }, orderBy: { signedAt: "asc" }, select: { id: true, predecessorTenderId: true, changedHands: true } });
    const before = await ours();
    expect(before).toHaveLength(9);
    await recordSuccession(testDb.db, before.map((c) => c.id));
    expect(await ours()).toEqual(before);
  });
});
