import { createHash } from "node:crypto";

import type { Db } from "@/lib/db";
import type { NoticeAward } from "@/lib/notices";
import { definePublicQuery } from "@/lib/query";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { noticeInputFor } from "@/lib/tenders/notice-input";
import { ZTenderIdParam } from "@/lib/tenders/schemas";

/** States in which the contract is concluded (the award notice exists from CONTRACT_SIGNED on). */
const CONCLUDED = ["CONTRACT_SIGNED", "AWARD_NOTICE_PUBLISHED", "ACTIVE", "EXPIRED", "TERMINATED"] as const;

function uuidFrom(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The contract-award notice's data, for anyone, once the contract is concluded (else null → 404): the published
 * tender (as its contract notice has it) plus per lot the bids received, the winners and their contracts. Only
 * what the notice makes public: winners' names, orgnr and contract values, and counts.
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
      orderBy: { awardDecision: { proposedAt: "asc" } },
    }),
  ]);
  if (contracts.length === 0) return null;
  return { lots, contracts };
}

/** The notice input: the contract notice's own tender input, with this notice's id and dispatch time. */
export function awardNoticeInputFor(data: NonNullable<Awaited<ReturnType<typeof getAwardNotice.load>>>, baseUrl: string): NoticeAward {
  const { tender, lots, contracts } = data;
  const input = noticeInputFor({ ...tender, announcedAt: tender.announcedAt!, deadline: tender.deadline! }, baseUrl);
  const issuedAt = new Date(Math.max(...contracts.map((c) => c.signedAt.getTime())));
  const decidedAt = new Date(Math.max(...contracts.map((c) => (c.awardDecision.approvedAt ?? c.signedAt).getTime())));
  return {
    tender: { ...input, notice: { id: uuidFrom(`award-notice:${tender.id}`), version: 1, issuedAt } },
    decidedAt,
    results: lots.map((lot) => ({
      lotNumber: lot.number,
      bidsReceived: lot._count.bids,
      winners: contracts.filter((c) => c.lotId === lot.id).map((c, index) => ({
        name: c.supplier.name, organisationNumber: c.supplier.orgnr, city: c.supplier.postalPlace, valueOre: c.valueOre, contractId: c.id, concludedAt: c.signedAt, rank: index + 1,
      })),
    })),
  };
}
