import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { loadTenderForBid } from "../load";
import { ZRemoveBidDocumentInput } from "../schemas";

/**
 * Removes a document from the organisation's draft (submitted versions keep theirs). A SUPPLIER_USER of the
 * organisation (bid.submit); the draft is found by the organisation, so another's document is NOT_FOUND.
 */
export const removeBidDocument = defineCommand({
  name: "bids.removeDocument",
  action: "bid.submit",
  input: ZRemoveBidDocumentInput,
  load: ({ tx, actor, input }) => loadTenderForBid(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, input, resource: tender }) => {
    const removed = await tx.bidDraftDocument.deleteMany({ where: { id: input.documentId, draft: { tenderId: tender.id, supplierId: tender.supplierId! } } });
    if (removed.count !== 1) throw new AppError("NOT_FOUND", "errors.notFound");
    return {
      data: { documentId: input.documentId, tenderId: tender.id },
      audit: { chain: `tender:${tender.id}`, action: "bid.document_removed", entityType: "BidDraftDocument", entityId: input.documentId, after: { supplierId: tender.supplierId } },
    };
  },
});
