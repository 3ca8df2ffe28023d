import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { publicTenderJson } from "@/lib/tenders/public-json";

export const dynamic = "force-dynamic";

/** GET: one published notice; drafts and unannounced competitions are 404. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) => runApiQuery(request, getPublishedTender, { id: (await params).id }, (tender) => Response.json(publicTenderJson(tender))),
});
