import type { Db } from "@/lib/db";
import { definePublicQuery } from "@/lib/query";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { ZTenderIdParam } from "@/lib/tenders/schemas";

/** States in which the contract is concluded (the award notice exists from CONTRACT_SIGNED on). */
const CONCLUDED = ["CONTRACT_SIGNED", "AWARD_NOTICE_PUBLISHED", "ACTIVE", "EXPIRED", "TERMINATED"] as const;

/**
 * The contract-award notice's data, for anyone, once the contract is concluded (else null → 404): the published
 * tender (as its contract notice has it) plus per lot the bids received, the winners and their contracts. Only
 * what the notice makes public: winners' names, orgnr and contract values, and counts. Public by design: the notice
 * is published in Doffin anyway.
 */
export const getAwardNotice = definePublicQuery({
  name: "contracts.getAwardNotice",
  input: ZTenderIdParam,
  load: async (ctx) => {
    const tender = await getPublishedTender.load(ctx);
    if (!tender || !(CONCLUDED as readonly string[]).includes(tender.status)) return null;
    const result = await resultsOf(ctx.db, tender.id);
    if (!result) return null;
    return { tender, ...result };
  },
});

async function resultsOf(db: Db, tenderId: string) {
  const [lots, contracts] = await Promise.all([
    db.lot.findMany({ where: { tenderId }, orderBy: { number: "asc" }, select: { id: true, number: true, _count: { select: { bids: { where: { status: { notIn: ["DRAFT", "WITHDRAWN", "LATE_REJECTED"] } } } } } } }),
    db.contract.findMany({
      where: { tenderId },
      select: { id: true, lotId: true, valueOre: true, signedAt: true, supplier: { select: { name: true, orgnr: true, postalPlace: true } }, awardDecision: { select: { approvedAt: true } } },
      orderBy: [{ awardDecision: { rank: "asc" } }, { awardDecision: { proposedAt: "asc" } }],
    }),
  ]);
  if (contracts.length === 0) return null;
  return { lots, contracts };
}

