import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { getClock } from "@/lib/clock";
import { releasePackage } from "@/lib/ocds/package";
import { listOcdsReleases } from "@/lib/ocds/queries/open-data";

export const dynamic = "force-dynamic";

/**
 * GET: an OCDS 1.1.5 release package, oldest release first (?from, ?to: a day or an ISO instant; ?pageSize ≤ 100).
 * The next page is in the `Link` header (rel="next", with the opaque ?after cursor). No log-in. A page without
 * releases is a 404 problem.
 */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: (request) => {
    const url = new URL(request.url);
    return runApiQuery(request, listOcdsReleases, Object.fromEntries(url.searchParams), (data, { baseUrl }) => {
      const self = new URL(url.pathname + url.search, baseUrl);
      const headers: Record<string, string> = {};
      if (data.next !== null) {
        const next = new URL(self);
        next.searchParams.set("after", data.next);
        next.searchParams.set("pageSize", String(data.pageSize));
        headers.Link = `<${next.toString()}>; rel="next"`;
      }
      return Response.json(releasePackage(data.releases, self.toString(), getClock().now()), { headers });
    });
  },
});
