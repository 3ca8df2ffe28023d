import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 otherwise. Used by `npm start`, load balancers and tests. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "up" : "down" },
    { status: database ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
