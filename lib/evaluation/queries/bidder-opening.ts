import { z } from "zod";

import { defineDetailQuery } from "@/lib/query";
import { id } from "@/lib/schemas";

import { readOpeningRecord, type OpeningRecord } from "../opening/record";

/**
 * The opening record as every bidder sees it in the portal (issue 11 § 2): the same stored record, for an organisation
 * that submitted a bid on the competition, and only once the competition is opened (null before).
 */
export const getOpeningForBidder = defineDetailQuery({
  name: "evaluation.getOpeningForBidder",
  action: "tender.read_opening_as_bidder",
  input: z.object({ tenderId: id(), supplierId: id().optional() }),
  load: async ({ db, actor, input }) => {
    const own = actor!.memberships.flatMap((m) => (m.role === "SUPPLIER_USER" && m.supplierId ? [m.supplierId] : []));
    const supplierId = input.supplierId ?? own[0];
    if (!supplierId) return null;
    const bid = await db.bid.findFirst({ where: { tenderId: input.tenderId, supplierId, status: { not: "DRAFT" } }, select: { supplierId: true } });
    if (!bid) return null;
    const tender = await db.tender.findUniqueOrThrow({ where: { id: input.tenderId }, select: { id: true, reference: true, title: true, openedAt: true, opening: { select: { record: true } } } });
    const record: OpeningRecord | null = tender.openedAt ? readOpeningRecord(tender.opening?.record ?? null) : null;
    return { supplierId: bid.supplierId, tender: { id: tender.id, reference: tender.reference, title: tender.title, openedAt: tender.openedAt }, record };
  },
});
