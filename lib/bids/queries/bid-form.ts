import { defineDetailQuery } from "@/lib/query";
import { actingSupplierId } from "@/lib/suppliers/acting";

import { ZBidContentShape, type TBidContentShape } from "../content";
import { draftContext } from "../contexts";
import { bidSpecOf } from "../load";
import { openForTender } from "../sealing";
import { ZBidTenderParam } from "../schemas";

const EMPTY: TBidContentShape = { lots: [], quality: [], requirements: [], exclusions: [] };

/**
 * The bid form for the actor's organisation on a published competition: what the tender asks (lots, price structure,
 * criteria, requirements), the organisation's own bid per lot and receipts, and its draft.
 *
 * SEALING NOTE: this is the one read that decrypts, and it decrypts only the organisation's *own draft* (its working
 * copy) for its own users: bid.read_own is granted to SUPPLIER_USER of that organisation alone, so no authority role
 * (OFFICER, EVALUATOR, MANAGER, ADMIN) can reach it. Submitted versions and documents are never decrypted here.
 */
export const getBidForm = defineDetailQuery({
  name: "bids.getForm",
  action: "bid.read_own",
  input: ZBidTenderParam,
  load: async ({ db, actor, input }) => {
    const supplierId = actingSupplierId(actor, input.supplierId);
    if (!supplierId) return null;
    const tender = await db.tender.findFirst({
      where: { id: input.tenderId, announcedAt: { not: null } },
      select: {
        id: true, reference: true, title: true, status: true, deadline: true, reservation: true, reservationBasis: true, paymentSplit: true, expectedOutcomeRate: true,
        lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, places: true, reservation: true, reservationBasis: true } },
        criteria: { orderBy: { position: "asc" }, select: { id: true, name: true, description: true, kind: true, parentId: true, weight: true } },
        requirements: { orderBy: { position: "asc" }, select: { id: true, requirement: true, documentation: true, espdCode: true } },
      },
    });
    if (!tender) return null;
    const [supplier, bids, receipts, draft] = await Promise.all([
      db.supplier.findUniqueOrThrow({ where: { id: supplierId }, select: { id: true, name: true, verifiedIdeal: true, verifiedWorkInclusion: true } }),
      db.bid.findMany({ where: { tenderId: tender.id, supplierId }, select: { id: true, lotId: true, status: true, version: true, submittedAt: true, withdrawnAt: true } }),
      db.bidReceipt.findMany({ where: { tenderId: tender.id, supplierId }, orderBy: { number: "desc" }, select: { id: true, number: true, submittedAt: true, lotIds: true, contentHash: true } }),
      db.bidDraft.findUnique({
        where: { tenderId_supplierId: { tenderId: tender.id, supplierId } },
        select: { ciphertext: true, iv: true, authTag: true, updatedAt: true, documents: { orderBy: { createdAt: "asc" }, select: { id: true, filename: true, mimeType: true, sizeBytes: true, sha256: true } } },
      }),
    ]);
    let content = EMPTY;
    if (draft) {
      const plain = await openForTender(db, tender.id, draft, draftContext(tender.id, supplierId));
      const parsed = ZBidContentShape.safeParse(JSON.parse(plain.toString("utf8")));
      if (parsed.success) content = parsed.data;
    }
    const spec = bidSpecOf(tender);
    return {
      supplierId, supplier, tender, spec, bids, receipts,
      draft: draft ? { updatedAt: draft.updatedAt, documents: draft.documents, content } : null,
    };
  },
});

export type BidForm = NonNullable<Awaited<ReturnType<typeof getBidForm.load>>>;
