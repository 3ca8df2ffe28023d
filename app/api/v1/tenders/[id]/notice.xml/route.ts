import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { contractNoticeXml } from "@/lib/notices";
import { noticeInputFor } from "@/lib/tenders/notice-input";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";

export const dynamic = "force-dynamic";

/** GET: the contract notice as eForms UBL XML (subtype 20 / 16 / E3 by regime), the format Doffin takes. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) =>
    runApiQuery(request, getPublishedTender, { id: (await params).id }, (tender, { baseUrl }) => {
      const xml = contractNoticeXml(noticeInputFor({ ...tender, announcedAt: tender.announcedAt!, deadline: tender.deadline! }, baseUrl));
      return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
    }),
});
