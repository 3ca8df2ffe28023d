import {
  AppError, PROBLEM_CONTENT_TYPE, toProblem, translateFieldErrors, type Translate,
} from "@/lib/errors";
import { logUnexpected } from "@/lib/log";

import type { FormErrorState } from "./form-state";

/**
 * problem+json Response for route handlers. AppErrors keep their status and translated message;
 * anything else is logged with an event id and answered with a generic 500.
 */
export function problemResponse(error: unknown, translate: Translate, options: { instance?: string } = {}): Response {
  const problem = toProblem(error, {
    translate,
    ...options,
    report: (cause, eventId) => logUnexpected(cause, { instance: options.instance }, eventId),
  });
  const headers = new Headers({ "content-type": PROBLEM_CONTENT_TYPE });
  if (problem.retryAfterSeconds !== undefined) headers.set("retry-after", String(problem.retryAfterSeconds));
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/** Server-action form state for a failure: translated message and per-field errors, never raw text. */
export function toFormState(error: unknown, translate: Translate): FormErrorState {
  if (error instanceof AppError) {
    const fieldErrors = error.details?.fieldErrors ?? {};
    const message = translate(error.messageKey, error.details?.messageParams);
    return { status: "error", message, fieldErrors: translateFieldErrors(fieldErrors, translate, error.details?.messageParams) };
  }
  const eventId = logUnexpected(error);
  return { status: "error", message: translate("errors.unexpected"), fieldErrors: {}, eventId };
}
