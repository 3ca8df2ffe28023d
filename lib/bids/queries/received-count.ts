import { defineDetailQuery } from "@/lib/query";

import { ZBidTenderParam } from "../schemas";

/**
 * For the authority before opening: how many organisations have a submitted bid, and on how many lots — counts only,
 * never content, documents or who. The region's officers, evaluators and managers (bid.count_received); not suppliers.
 */
export const countReceivedBids = defineDetailQuery({
  name: "bids.countReceived",
  action: "bid.count_received",
  input: ZBidTenderParam,
  load: async ({ db, input }) => {
    const tender = await db.tender.findUnique({ where: { id: input.tenderId }, select: { id: true, regionId: true, announcedAt: true } });
    if (!tender) return null;
    const bids = await db.bid.findMany({ where: { tenderId: tender.id, status: "SUBMITTED" }, select: { supplierId: true } });
    return { regionId: tender.regionId, announcedAt: tender.announcedAt, organisations: new Set(bids.map((b) => b.supplierId)).size, lotBids: bids.length };
  },
});
