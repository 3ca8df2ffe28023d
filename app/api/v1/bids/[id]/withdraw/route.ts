import { readJsonBody } from "@/app/_lib/api-request";
import { commandAs, idempotencyKeyOf, queryAs } from "@/app/_lib/api-bids";
import { apiRoute } from "@/app/_lib/api-route";
import { answer, requireApiActor } from "@/app/_lib/api-supplier";
import { withdrawBid } from "@/lib/bids";
import { getOwnBid } from "@/lib/bids/queries/api-bids";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * POST: withdraw the organisation's bid on the competition this bid belongs to — every lot (the withdrawBid command,
 * the portal's own). No body needed; a JSON body, if sent, must be an object. `Idempotency-Key` as for submitting.
 */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: async (request, { params }) => {
    const { id } = await params;
    return answer(request, async () => {
      const actor = await requireApiActor(request);
      if (request.headers.get("content-type") !== null) {
        const body = await readJsonBody(request);
        if (typeof body !== "object" || body === null || Array.isArray(body)) return new AppError("VALIDATION", "api.errors.objectRequired");
      }
      const bid = await queryAs(actor, getOwnBid, { id });
      const result = await commandAs(actor, withdrawBid, { tenderId: bid.tenderId, supplierId: bid.supplierId, idempotencyKey: idempotencyKeyOf(request) });
      if (!result.ok) return result.error;
      return Response.json(result.data, { headers: result.data.replayed ? { "idempotent-replayed": "true" } : {} });
    });
  },
});
