import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { contractNoticeJson } from "@/lib/notices";
import { noticeInputFor } from "@/lib/tenders/notice-input";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { publishedQaJson } from "@/lib/tenders/questions/public";

export const dynamic = "force-dynamic";

/** GET: the same contract notice as readable JSON: business terms (BT ids) with labels and values. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) =>
    runApiQuery(request, getPublishedTender, { id: (await params).id }, (tender, { baseUrl }) =>
      Response.json({
        ...contractNoticeJson(noticeInputFor({ ...tender, announcedAt: tender.announcedAt!, deadline: tender.deadline! }, baseUrl)),
        // Not an eForms term: the published Q&A beside the notice, anonymised (never who asked).
        questionsAndAnswers: publishedQaJson(tender.questions),
      }),
    ),
});
