import { apiProblem } from "@/app/_lib/api-route";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Any path under /api/ that no route serves: a 404 problem+json, whatever the method. */
const notFound = (request: Request) =>
  apiProblem(request, new AppError("NOT_FOUND", "errors.apiNotFound", { messageParams: { path: new URL(request.url).pathname } }));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
