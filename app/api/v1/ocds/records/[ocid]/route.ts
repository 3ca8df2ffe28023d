import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { getClock } from "@/lib/clock";
import { recordPackage } from "@/lib/ocds/package";
import { getOcdsRecord } from "@/lib/ocds/queries/open-data";

export const dynamic = "force-dynamic";

/** GET: the OCDS 1.1.5 record package of one contracting process (its releases and the compiled release). No log-in. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) =>
    runApiQuery(request, getOcdsRecord, { ocid: (await params).ocid }, (releases, { baseUrl }) =>
      Response.json(recordPackage(releases, new URL(new URL(request.url).pathname, baseUrl).toString(), getClock().now())),
    ),
});
