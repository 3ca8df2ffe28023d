import { createHash } from "node:crypto";

import type { NoticeAward } from "@/lib/notices";
import { noticeInputFor } from "@/lib/tenders/notice-input";

import type { getAwardNotice } from "./queries/award-notice";

function uuidFrom(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
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
