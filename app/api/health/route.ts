import { apiRoute } from "@/app/_lib/api-route";
import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** GET: 200 when the database answers, 503 otherwise. Used by `npm start`, load balancers and tests. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async () => {
    const database = await checkDatabase();
    return Response.json(
      { status: database ? "ok" : "unavailable", database: database ? "up" : "down" },
      { status: database ? 200 : 503, headers: { "cache-control": "no-store" } },
    );
  },
});
