import { readBidSubmission } from "@/app/_lib/api-bid-body";
import { commandAs, idempotencyKeyOf, listAs } from "@/app/_lib/api-bids";
import { apiRoute } from "@/app/_lib/api-route";
import { answer, requireApiActor } from "@/app/_lib/api-supplier";
import { submitBid } from "@/lib/bids";
import { listOwnBids } from "@/lib/bids/queries/api-bids";
import { bidApi, bidReceiptApi } from "@/lib/routes";

export const dynamic = "force-dynamic";

/**
 * POST: submit the organisation's bid on an announced competition; submitting again revises it (a new version, the
 * old one kept). Body: JSON with base64 `documents`, or multipart/form-data (part "bid" = that JSON, files as parts)
 * — see app/_lib/api-bid-body.ts. `Idempotency-Key` makes a retry return the first answer without a new version.
 * Everything else is the submitBid command, the portal's own. 201 with the receipt.
 */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: async (request, { params }) => {
    const tenderId = (await params).id;
    return answer(request, async () => {
      const actor = await requireApiActor(request);
      // Who first, then the body: an anonymous caller learns nothing about the input's shape.
      const { tenderId: _path, idempotencyKey: _header, useDraftDocuments: _portal, ...body } = await readBidSubmission(request);
      const result = await commandAs(actor, submitBid, { ...body, tenderId, idempotencyKey: idempotencyKeyOf(request) });
      if (!result.ok) return result.error;
      const receipt = result.data;
      const bids = (await listAs(actor, listOwnBids, { tenderId })).filter((bid) => bid.supplierId === receipt.supplierId && receipt.lotIds.includes(bid.lotId));
      const first = bids.find((bid) => bid.lotId === receipt.lotIds[0]);
      const headers: Record<string, string> = first ? { location: bidApi(first.id) } : {};
      if (receipt.replayed) headers["idempotent-replayed"] = "true";
      return Response.json(
        {
          ...receipt,
          receiptHref: first ? bidReceiptApi(first.id) : "",
          bids: receipt.lotIds.flatMap((lotId) => bids.filter((bid) => bid.lotId === lotId).map((bid) => ({ id: bid.id, lotId, href: bidApi(bid.id) }))),
        },
        { status: 201, headers },
      );
    });
  },
});
