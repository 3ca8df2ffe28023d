import { currentReceiptId, queryAs } from "@/app/_lib/api-bids";
import { apiRoute } from "@/app/_lib/api-route";
import { answer, requireApiActor } from "@/app/_lib/api-supplier";
import { getOwnBid } from "@/lib/bids/queries/api-bids";
import { getReceipt } from "@/lib/bids/queries/receipt";
import { receiptDocument } from "@/lib/bids/receipt-file";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET: the receipt of the bid's latest submission — the same JSON the portal offers for download. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) => {
    const { id } = await params;
    return answer(request, async () => {
      const actor = await requireApiActor(request);
      const receiptId = currentReceiptId(await queryAs(actor, getOwnBid, { id }));
      if (!receiptId) return new AppError("NOT_FOUND", "errors.notFound");
      return Response.json(receiptDocument(await queryAs(actor, getReceipt, { id: receiptId })));
    });
  },
});
