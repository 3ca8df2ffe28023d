import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { guardedWrite } from "../deadline";
import { loadTenderForBid } from "../load";
import { ZRemoveBidDocumentInput } from "../schemas";

/**
 * Removes a document from the organisation's draft (submitted versions keep theirs), guarded like an upload: only
 * while the competition is announced and before its deadline, judged in the DELETE itself. A SUPPLIER_USER of the
 * organisation (bid.submit); the draft is found by the organisation, so another's document is NOT_FOUND.
 */
export const removeBidDocument = defineCommand({
  name: "bids.removeDocument",
  action: "bid.submit",
  input: ZRemoveBidDocumentInput,
  load: ({ tx, actor, input }) => loadTenderForBid(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, actor, input, clock, now, resource: tender }) => {
    const supplierId = tender.supplierId!;
    const own = await tx.bidDraftDocument.count({ where: { id: input.documentId, draft: { tenderId: tender.id, supplierId } } });
    if (own !== 1) throw new AppError("NOT_FOUND", "errors.notFound");
    if (tender.status !== "ANNOUNCED") throw new AppError("INVALID_STATE", "bids.errors.notOpen", { status: tender.status });
    await guardedWrite(tx, { tenderId: tender.id, clock, now, locale: actor.locale }, ({ from, where }) => tx.$queryRaw<{ id: string }[]>`
      DELETE FROM "BidDraftDocument" d USING "BidDraft" dr, ${from}
      WHERE ${where} AND d."id" = ${input.documentId} AND d."draftId" = dr."id" AND dr."tenderId" = t."id" AND dr."supplierId" = ${supplierId}
      RETURNING d."id"`);
    return {
      data: { documentId: input.documentId, tenderId: tender.id },
      audit: { chain: `tender:${tender.id}`, action: "bid.document_removed", entityType: "BidDraftDocument", entityId: input.documentId, after: { supplierId } },
    };
  },
});
