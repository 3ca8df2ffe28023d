import { apiBidDetail, queryAs } from "@/app/_lib/api-bids";
import { apiRoute } from "@/app/_lib/api-route";
import { answer, requireApiActor } from "@/app/_lib/api-supplier";
import { getOwnBid } from "@/lib/bids/queries/api-bids";

export const dynamic = "force-dynamic";

/** GET: one of the organisation's bids with its versions (another organisation's id: 404). Never content. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) => {
    const { id } = await params;
    return answer(request, async () => Response.json(apiBidDetail(await queryAs(await requireApiActor(request), getOwnBid, { id }))));
  },
});
