import { Readable } from "node:stream";

import { apiRoute } from "@/app/_lib/api-route";
import { getActor } from "@/lib/auth/session";
import { exportHistory } from "@/lib/history/export";
import { getTranslator } from "@/lib/i18n/server";
import { problemResponse } from "@/lib/mutation";
import { formatOslo } from "@/lib/time";

export const dynamic = "force-dynamic";

/**
 * GET: the award history of the reader's regions as CSV (the history page's filter and sort parameters, plus
 * ?format=nb|iso), streamed as it is read. Session only (managers; officers for their own regions).
 */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request) => {
    const { locale, t } = await getTranslator();
    const result = exportHistory({ actor: await getActor(), rawInput: Object.fromEntries(new URL(request.url).searchParams), t, locale });
    if (!result.ok) return problemResponse(result.error, t, { instance: new URL(request.url).pathname });
    const filename = `tildelingshistorikk-${formatOslo(new Date(), "yyyy-MM-dd")}.csv`;
    return new Response(Readable.toWeb(result.csv) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
