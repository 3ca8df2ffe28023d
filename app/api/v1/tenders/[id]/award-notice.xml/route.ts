import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { awardNoticeInputFor } from "@/lib/contracts/award-notice-input";
import { getAwardNotice } from "@/lib/contracts/queries/award-notice";
import { contractAwardNoticeXml } from "@/lib/notices";

export const dynamic = "force-dynamic";

/** GET: the contract-award notice as eForms UBL XML (subtype 33 / 29 / E4 by regime); 404 until the contract is concluded. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) =>
    runApiQuery(request, getAwardNotice, { id: (await params).id }, (data, { baseUrl }) =>
      new Response(contractAwardNoticeXml(awardNoticeInputFor(data, baseUrl)), { headers: { "content-type": "application/xml; charset=utf-8" } }),
    ),
});
