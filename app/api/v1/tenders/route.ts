import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { listPublishedTenders } from "@/lib/tenders/queries/published-tender";
import { publicTenderJson } from "@/lib/tenders/public-json";

export const dynamic = "force-dynamic";

/**
 * GET: competitions open for bids (?page, ?pageSize ≤ 100, ?region=<code or name>, ?measureType=<code>,
 * ?reserved=true|false, ?deadlineBy=yyyy-MM-dd or dd.MM.yyyy, the end of that Oslo day). No log-in.
 */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: (request) =>
    runApiQuery(request, listPublishedTenders, Object.fromEntries(new URL(request.url).searchParams), (data) =>
      Response.json({ total: data.total, page: data.page, pageSize: data.pageSize, items: data.items.map(publicTenderJson) }),
    ),
});
