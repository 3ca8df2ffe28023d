import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { e1InputFor } from "@/lib/dialogues/notice-input";
import { getPublishedDialogue } from "@/lib/dialogues/queries/published-dialogues";
import { priorInformationNoticeXml } from "@/lib/notices";

export const dynamic = "force-dynamic";

/** GET: the market dialogue's notice as eForms UBL XML, subtype E1 (pre-market consultation). */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) =>
    runApiQuery(request, getPublishedDialogue, { id: (await params).id }, (dialogue, { baseUrl }) => {
      const xml = priorInformationNoticeXml(e1InputFor({ ...dialogue, publishedAt: dialogue.publishedAt! }, baseUrl));
      return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
    }),
});
