import "server-only";

import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { problemResponse } from "@/lib/mutation";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
/** Next passes the dynamic segments as `context.params`. */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A problem+json answer for a request the API cannot route (unknown path, wrong method). */
export async function apiProblem(request: Request, error: AppError, headers: Record<string, string> = {}): Promise<Response> {
  const { t } = await getTranslator();
  const response = problemResponse(error, t, { instance: new URL(request.url).pathname });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Every method of a route: the given handlers, and for the rest a 405 problem+json with `Allow` (Next would answer
 * an empty 405). Use as `export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({ POST: … })`.
 */
export function apiRoute(handlers: Partial<Record<Method, Handler>>): Record<Method, Handler> {
  const allow = METHODS.filter((method) => handlers[method]).join(", ");
  const refuse: Handler = (request) =>
    apiProblem(request, new AppError("METHOD_NOT_ALLOWED", "errors.methodNotAllowed", { messageParams: { method: request.method, allow } }), { allow });
  return Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? refuse])) as Record<Method, Handler>;
}
