import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { readPublic } from "@/app/_lib/public-read";
import { contractNoticeJson } from "@/lib/notices";
import { noticeInputFor } from "@/lib/tenders/notice-input";
import { publicAmendmentJson } from "@/lib/tenders/public-amendment-json";
import { listPublicAmendments } from "@/lib/tenders/queries/public-amendments";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { publishedQaJson } from "@/lib/tenders/questions/public";

export const dynamic = "force-dynamic";

/** GET: the same contract notice as readable JSON: business terms (BT ids) with labels and values, and the change history. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) =>
    runApiQuery(request, getPublishedTender, { id: (await params).id }, async (tender, { baseUrl }) =>
      Response.json({
        ...contractNoticeJson(noticeInputFor({ ...tender, announcedAt: tender.announcedAt!, deadline: tender.deadline! }, baseUrl)),
        changeHistory: ((await readPublic(listPublicAmendments, { id: tender.id })) ?? []).map(publicAmendmentJson),
        // Not an eForms term: the published Q&A beside the notice, anonymised (never who asked).
        questionsAndAnswers: publishedQaJson(tender.questions),
      }),
    ),
});
