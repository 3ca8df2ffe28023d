import { apiBid, listAs } from "@/app/_lib/api-bids";
import { apiRoute } from "@/app/_lib/api-route";
import { answer, requireApiActor } from "@/app/_lib/api-supplier";
import { listOwnBids } from "@/lib/bids/queries/api-bids";

export const dynamic = "force-dynamic";

/** GET: the organisation's bids (the token's organisation; `?tenderId=` for one competition). Never content. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request) =>
    answer(request, async () => {
      const actor = await requireApiActor(request);
      const tenderId = new URL(request.url).searchParams.get("tenderId");
      const bids = await listAs(actor, listOwnBids, tenderId === null ? undefined : { tenderId });
      return Response.json({ items: bids.map(apiBid) });
    }),
});
