import { z } from "zod";

import { can } from "@/lib/auth/policy";
import { readOpenedBidDocument } from "@/lib/bids/opened";
import { defineDetailQuery } from "@/lib/query";
import { id } from "@/lib/schemas";

/**
 * One attachment of an opened bid, decrypted, for the qualification page's download link: the region's officers and
 * managers, and only once the competition is opened (lib/bids/opened refuses before). The policy is checked before
 * decrypting, as runQuery authorizes only after load.
 */
export const getOpenedBidDocument = defineDetailQuery({
  name: "evaluation.getOpenedBidDocument",
  action: "bid.read_opened",
  input: z.object({ tenderId: id(), bidId: id(), documentId: id() }),
  load: async ({ db, actor, input }) => {
    const document = await db.bidDocument.findFirst({
      where: { id: input.documentId, bidVersion: { bidId: input.bidId, bid: { tenderId: input.tenderId } } },
      select: { id: true, bidVersion: { select: { bid: { select: { tender: { select: { regionId: true, openedAt: true } } } } } } },
    });
    if (!document) return null;
    const { regionId, openedAt } = document.bidVersion.bid.tender;
    if (openedAt === null || !can(actor, "bid.read_opened", { regionId })) return { regionId, file: null };
    return { regionId, file: await db.$transaction((tx) => readOpenedBidDocument(tx, document.id)) };
  },
});
