import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { getClock } from "@/lib/clock";
import { publicDialogueJson } from "@/lib/dialogues/public-json";
import { listPublishedDialogues } from "@/lib/dialogues/queries/published-dialogues";

export const dynamic = "force-dynamic";

/** GET: published market dialogues, open ones first (?page, ?pageSize ≤ 100, ?region=<name>, ?measureType=<code>, ?open=true). No log-in. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: (request) =>
    runApiQuery(request, listPublishedDialogues, Object.fromEntries(new URL(request.url).searchParams), (data) => {
      const now = getClock().now();
      return Response.json({ total: data.total, page: data.page, pageSize: data.pageSize, items: data.items.map((dialogue) => publicDialogueJson(dialogue, now)) });
    }),
});
