import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { e1InputFor } from "@/lib/dialogues/notice-input";
import { getPublishedDialogue } from "@/lib/dialogues/queries/published-dialogues";
import { priorInformationNoticeJson } from "@/lib/notices";

export const dynamic = "force-dynamic";

/** GET: the same E1 notice as readable JSON: business terms (BT ids) with labels and values. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) =>
    runApiQuery(request, getPublishedDialogue, { id: (await params).id }, (dialogue, { baseUrl }) =>
      Response.json(priorInformationNoticeJson(e1InputFor({ ...dialogue, publishedAt: dialogue.publishedAt! }, baseUrl))),
    ),
});
