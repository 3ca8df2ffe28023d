import type { Db } from "@/lib/db";
import type { ScoringSnapshot } from "@/lib/evaluation/snapshot";
import { score, sensitivity, type ScoringInput } from "@/lib/scoring";

/**
 * A competition at AWARD_PROPOSED, written straight to the database (opening and evaluation are built elsewhere):
 * three opened bids with prices, one of them rejected, consensus scores with justifications, and an award proposal
 * whose snapshot lib/scoring computed. Needs the seed's users, suppliers, regions and measure types.
 */
export interface AwardFixture {
  tenderId: string;
  lotId: string;
  awardId: string;
  bids: { winner: string; runnerUp: string; rejected: string };
  suppliers: { winner: string; runnerUp: string; rejected: string };
  users: { officer: string; officer2: string | null; manager: string; national: string; winner: string; runnerUp: string; rejected: string };
  criteria: { price: string; method: string; experience: string };
  snapshot: ScoringSnapshot;
}

const userId = async (db: Db, email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
const supplierOf = async (db: Db, email: string) =>
  (await db.membership.findFirstOrThrow({ where: { user: { email }, role: "SUPPLIER_USER" }, select: { supplierId: true } })).supplierId!;

export async function createProposedAward(db: Db, options: { reference: string; title?: string; at?: Date; singleBidder?: boolean }): Promise<AwardFixture> {
  const at = options.at ?? new Date();
  const day = 86_400_000;
  const region = await db.region.findFirstOrThrow({ where: { code: "0300" }, select: { id: true } });
  const measure = await db.measureType.findFirstOrThrow({ where: { code: "AVKLARING" }, select: { id: true } });
  const officer = await userId(db, "innkjoper.oslo@nav.no");
  const evaluator = await userId(db, "fagperson@nav.no");
  const tender = await db.tender.create({
    data: {
      reference: options.reference, title: options.title ?? `Avklaring ${options.reference}`, description: "Avklaring for arbeidssøkere.", measureTypeId: measure.id, regionId: region.id,
      status: "AWARD_PROPOSED", regime: "PART_IV", procedure: "OPEN", estimatedValueOre: 900_000_000n, contractMonths: 24, optionModel: "2+1+1",
      announcedAt: new Date(at.getTime() - 40 * day), deadline: new Date(at.getTime() - 10 * day), openedAt: new Date(at.getTime() - 10 * day + 3_600_000),
      questionDeadline: new Date(at.getTime() - 15 * day), createdById: officer, approvedById: await userId(db, "leder.oslo@nav.no"), approvedAt: new Date(at.getTime() - 41 * day),
    },
  });
  const lot = await db.lot.create({ data: { tenderId: tender.id, number: 1, title: "Hele Oslo", places: 20 } });
  const price = await db.awardCriterion.create({ data: { tenderId: tender.id, kind: "PRICE", name: "Pris", weight: "40", position: 1 } });
  const quality = await db.awardCriterion.create({ data: { tenderId: tender.id, kind: "QUALITY", name: "Kvalitet", weight: "60", position: 2 } });
  const method = await db.awardCriterion.create({ data: { tenderId: tender.id, parentId: quality.id, kind: "QUALITY", name: "Metode", weight: "35", position: 3 } });
  const experience = await db.awardCriterion.create({ data: { tenderId: tender.id, parentId: quality.id, kind: "QUALITY", name: "Erfaring", weight: "25", position: 4 } });

  const emails = { winner: "post@jobbveien.no", runnerUp: "post@arbeidsglede.no", rejected: "post@bergeninkludering.no" };
  const suppliers = { winner: await supplierOf(db, emails.winner), runnerUp: await supplierOf(db, emails.runnerUp), rejected: await supplierOf(db, emails.rejected) };
  const submittedAt = new Date(at.getTime() - 11 * day);
  const bid = (supplierId: string, priceOre: bigint, status: "QUALIFIED" | "REJECTED", rejectionReason?: string) =>
    db.bid.create({ data: { tenderId: tender.id, lotId: lot.id, supplierId, status, submittedAt, priceOre, rejectionReason } });
  const winnerBid = await bid(suppliers.winner, 100_000_000n, "QUALIFIED");
  const runnerBid = options.singleBidder ? null : await bid(suppliers.runnerUp, 90_000_000n, "QUALIFIED");
  const rejectedBid = options.singleBidder ? null : await bid(suppliers.rejected, 80_000_000n, "REJECTED", "Kvalifikasjonskravet om økonomisk kapasitet er ikke oppfylt (FOA § 16-4).");

  const consensus = [
    { bidId: winnerBid.id, method: 9, experience: 8, why: ["Gjennomarbeidet metode med tett arbeidsgiverkontakt.", "Lang erfaring med avklaring i Oslo."] },
    ...(runnerBid ? [{ bidId: runnerBid.id, method: 6, experience: 7, why: ["Metoden er generell og lite konkret.", "God erfaring, men få referanser."] }] : []),
  ];
  const justifications: ScoringSnapshot["justifications"] = {};
  for (const c of consensus) {
    await db.evaluationScore.createMany({
      data: [
        { bidId: c.bidId, criterionId: method.id, evaluatorId: evaluator, stage: "CONSENSUS", score: String(c.method), justification: c.why[0]! },
        { bidId: c.bidId, criterionId: experience.id, evaluatorId: evaluator, stage: "CONSENSUS", score: String(c.experience), justification: c.why[1]! },
      ],
    });
    justifications[c.bidId] = { [method.id]: c.why[0]!, [experience.id]: c.why[1]! };
  }
  const input: ScoringInput = {
    maxPoints: 10, priceModel: { kind: "proportional" }, qualityMode: "absolute", tieBreak: "highest-quality",
    criteria: [{ id: price.id, kind: "price", weight: 40 }, { id: method.id, kind: "quality", weight: 35 }, { id: experience.id, kind: "quality", weight: 25 }],
    bids: consensus.map((c) => ({
      id: c.bidId,
      price: c.bidId === winnerBid.id ? "1000000.00" : "900000.00",
      quality: { [method.id]: c.method, [experience.id]: c.experience },
    })),
  };
  const results = score(input).ranking;
  const winners = results.filter((r) => r.rank === 1).map((r) => r.id);
  const snapshot: ScoringSnapshot = { version: 1, lotId: lot.id, runId: null, input, results, sensitivity: input.bids.length > 1 ? sensitivity(input) : [], winners, justifications };
  const award = await db.awardDecision.create({
    data: {
      tenderId: tender.id, lotId: lot.id, winningBidId: winners[0]!, reasoning: "Beste forhold mellom pris og kvalitet: klart sterkest på metode.",
      scoringSnapshot: snapshot as object, proposedById: officer, proposedAt: new Date(at.getTime() - day),
    },
  });
  const officer2 = await db.user.findFirst({ where: { memberships: { some: { role: "OFFICER", regionId: region.id } }, id: { not: officer } }, select: { id: true } });
  return {
    tenderId: tender.id, lotId: lot.id, awardId: award.id,
    bids: { winner: winnerBid.id, runnerUp: runnerBid?.id ?? "", rejected: rejectedBid?.id ?? "" },
    suppliers,
    users: {
      officer, officer2: officer2?.id ?? null, manager: await userId(db, "leder.oslo@nav.no"), national: await userId(db, "leder@nav.no"),
      winner: await userId(db, emails.winner), runnerUp: await userId(db, emails.runnerUp), rejected: await userId(db, emails.rejected),
    },
    criteria: { price: price.id, method: method.id, experience: experience.id },
    snapshot,
  };
}
