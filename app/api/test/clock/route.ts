import { apiProblem, apiRoute } from "@/app/_lib/api-route";
import { getClock } from "@/lib/clock";
import { AppError, fromZodError } from "@/lib/errors";
import { moveTestClock, testClockEnabled, ZMoveTestClock } from "@/lib/test-clock";

export const dynamic = "force-dynamic";

const absent = (request: Request) => apiProblem(request, new AppError("NOT_FOUND", "errors.notFound"));

/**
 * The e2e test server's clock (lib/test-clock): GET the app's now; POST { advanceMs } | { set } | { reset: true }.
 * A 404 everywhere but `npm run start:test`, so no production build can move time.
 */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request) => (testClockEnabled() ? Response.json({ now: getClock().now().toISOString() }, { headers: { "cache-control": "no-store" } }) : absent(request)),
  POST: async (request) => {
    if (!testClockEnabled()) return absent(request);
    const parsed = ZMoveTestClock.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return apiProblem(request, fromZodError(parsed.error));
    return Response.json(moveTestClock(parsed.data), { headers: { "cache-control": "no-store" } });
  },
});
