import type { Db } from "@/lib/db";
import { recordBidderCounts } from "@/lib/bids/received";
import { recordSuccession } from "@/lib/contracts/succession";

/**
 * A small constructed market with known answers for the analytics and open-data tests (figures worked out in
 * tests/integration/analytics.test.ts). Two regions: Øst (k1, k2, k3) and Vest (k4); measure types M1, M2 and M3
 * (M3 never contracted); suppliers A (commercial, located in Øst), B (ideal, located in Vest), C (work-inclusion).
 */
export interface World {
  east: { id: string; code: string };
  west: { id: string; code: string };
  m1: string;
  m2: string;
  m3: string;
  suppliers: { a: string; b: string; c: string };
  tenders: Record<"t1" | "t2" | "t3" | "t4" | "t5", string>;
  userId: string;
}

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);
let counter = 0;

export async function buildWorld(db: Db, tag = "w"): Promise<World> {
  counter += 1;
  const p = `${tag}${counter}`;
  const user = await db.user.create({ data: { email: `saksbehandler.${p}@nav.test`, name: `Kari Saksbehandler ${p}` } });
  const mkRegion = (name: string, code: string) => db.region.create({ data: { name, code, seat: name, validFrom: day("2020-01-01") } });
  const east = await mkRegion(`Nav Øst ${p}`, `E${counter}`);
  const west = await mkRegion(`Nav Vest ${p}`, `V${counter}`);
  const kommune = (n: number, regionId: string) => db.municipality.create({ data: { number: `${p}-${n}`, name: `Kommune ${n} ${p}`, regionId } });
  const [k1, k2, k3, k4] = [await kommune(1, east.id), await kommune(2, east.id), await kommune(3, east.id), await kommune(4, west.id)];
  const measure = (code: string) => db.measureType.create({ data: { code: `${code}-${p}`, nameNb: `Tiltak ${code} ${p}`, nameEn: `Measure ${code} ${p}` } });
  const [m1, m2, m3] = [await measure("M1"), await measure("M2"), await measure("M3")];
  const supplier = (letter: "A" | "B" | "C", kind: "COMMERCIAL" | "IDEAL" | "WORK_INCLUSION_ENTERPRISE", ownerMunicipalityId: string | null) =>
    db.supplier.create({ data: { orgnr: `9${String(counter).padStart(4, "0")}000${"ABC".indexOf(letter)}`, name: `Leverandør ${letter} ${p} AS`, kind, ownerMunicipalityId } });
  const a = await supplier("A", "COMMERCIAL", k1!.id);
  const b = await supplier("B", "IDEAL", k4!.id);
  const c = await supplier("C", "WORK_INCLUSION_ENTERPRISE", null);

  interface LotSpec { municipalities: string[]; places: number; winner: string; valueNok: number; bidders: string[]; withdrawn?: string[]; score?: string }
  const tender = async (n: number, regionId: string, measureTypeId: string, announced: string, signed: string, qualityWeight: number, lots: LotSpec[]) => {
    const t = await db.tender.create({
      data: {
        reference: `${p}/${n}`, title: `Konkurranse ${n} ${p}`, measureTypeId, regionId, status: "ACTIVE", estimatedValueOre: 100_000_000n, contractMonths: 12,
        createdById: user.id, announcedAt: day(announced), deadline: day(announced), openedAt: day(announced),
        criteria: { create: [{ kind: "QUALITY", name: "Kvalitet", weight: String(qualityWeight), position: 1 }, { kind: "PRICE", name: "Pris", weight: String(100 - qualityWeight), position: 2 }] },
      },
      include: { criteria: true },
    });
    const quality = t.criteria.find((cr) => cr.kind === "QUALITY")!;
    for (const [index, spec] of lots.entries()) {
      const lot = await db.lot.create({ data: { tenderId: t.id, number: index + 1, title: `Delkontrakt ${index + 1}`, places: spec.places, municipalities: { create: spec.municipalities.map((municipalityId) => ({ municipalityId })) } } });
      let winningBidId = "";
      for (const supplierId of [...spec.bidders, ...(spec.withdrawn ?? [])]) {
        const won = supplierId === spec.winner;
        const bid = await db.bid.create({
          data: { tenderId: t.id, lotId: lot.id, supplierId, status: spec.withdrawn?.includes(supplierId) ? "WITHDRAWN" : won ? "AWARDED" : "NOT_AWARDED", submittedAt: day(announced), priceOre: won ? BigInt(spec.valueNok) * 100n : 777_777_700n },
        });
        if (won) winningBidId = bid.id;
      }
      if (spec.score) await db.evaluationScore.create({ data: { bidId: winningBidId, criterionId: quality.id, evaluatorId: user.id, stage: "CONSENSUS", score: spec.score } });
      const award = await db.awardDecision.create({
        data: { tenderId: t.id, lotId: lot.id, winningBidId, status: "APPROVED", reasoning: "Best forhold mellom kvalitet og pris", scoringSnapshot: {}, proposedById: user.id, proposedAt: day(signed), approvedAt: day(signed), sentAt: day(signed) },
      });
      const startsOn = day(signed);
      await db.contract.create({
        data: { tenderId: t.id, regionId, measureTypeId, lotId: lot.id, supplierId: spec.winner, awardDecisionId: award.id, valueOre: BigInt(spec.valueNok) * 100n, startsOn, endsOn: new Date(startsOn.getTime() + 365 * 86_400_000), maxEndsOn: new Date(startsOn.getTime() + 730 * 86_400_000), signedAt: day(signed) },
      });
    }
    return t.id;
  };
  const t1 = await tender(1, east.id, m1.id, "2024-01-10", "2024-03-01", 50, [{ municipalities: [k1!.id, k2!.id], places: 10, winner: a.id, valueNok: 1000, bidders: [a.id] }]);
  const t2 = await tender(2, east.id, m1.id, "2025-01-15", "2025-03-01", 70, [
    { municipalities: [k2!.id], places: 5, winner: b.id, valueNok: 600, bidders: [a.id, b.id, c.id], score: "8" },
    { municipalities: [k3!.id], places: 5, winner: a.id, valueNok: 300, bidders: [a.id] },
  ]);
  const t3 = await tender(3, east.id, m2.id, "2025-02-01", "2025-05-01", 40, [{ municipalities: [], places: 4, winner: c.id, valueNok: 100, bidders: [c.id] }]);
  const t4 = await tender(4, west.id, m1.id, "2025-04-01", "2025-06-01", 60, [{ municipalities: [], places: 2, winner: b.id, valueNok: 500, bidders: [b.id, a.id] }]);
  const t5 = await tender(5, east.id, m1.id, "2025-04-15", "2025-09-01", 70, [{ municipalities: [k1!.id], places: 10, winner: a.id, valueNok: 1000, bidders: [a.id, b.id], withdrawn: [c.id] }]);
  // What the opening and the conclusion commands fix in their transactions, fixed here for the directly written market.
  await recordBidderCounts(db, [t1, t2, t3, t4, t5]);
  await recordSuccession(db, (await db.contract.findMany({ where: { tenderId: { in: [t1, t2, t3, t4, t5] } }, select: { id: true } })).map((c) => c.id));
  return { east, west, m1: m1.id, m2: m2.id, m3: m3.id, suppliers: { a: a.id, b: b.id, c: c.id }, tenders: { t1, t2, t3, t4, t5 }, userId: user.id };
}
