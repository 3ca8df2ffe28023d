import { randomUUID } from "node:crypto";
import { AppError, type ErrorCode, type FieldErrors } from "./app-error";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** RFC 9457 problem details, with our `code` and per-field `errors` as extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode | "INTERNAL";
  instance?: string;
  eventId?: string;
  errors?: FieldErrors;
  retryAfterSeconds?: number;
}

export interface ToProblemOptions {
  translate: Translate;
  instance?: string;
  eventId?: string;
  /** Called once for an unexpected error, with the event id shown to the user (e.g. to log it). */
  report?: (error: unknown, eventId: string) => void;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** A short, per-type summary (RFC 9457 `title`); `detail` carries the specific message. */
const TITLE_KEY: Readonly<Record<ErrorCode | "INTERNAL", string>> = {
  VALIDATION: "errors.validation",
  NOT_FOUND: "errors.notFound",
  FORBIDDEN: "errors.forbidden",
  UNAUTHENTICATED: "errors.unauthenticated",
  INVALID_STATE: "errors.invalidState",
  CONFLICT: "errors.conflict",
  DEADLINE_PASSED: "errors.deadlinePassed",
  LIMIT_EXCEEDED: "errors.limitExceeded",
  RATE_LIMITED: "errors.rateLimited",
  TOO_LARGE: "errors.validation",
  METHOD_NOT_ALLOWED: "errors.validation",
  INTERNAL: "errors.title",
};

export function problemType(code: ErrorCode | "INTERNAL"): string {
  return `urn:tiltaksanbud:problem:${code.toLowerCase().replaceAll("_", "-")}`;
}

/**
 * Maps any thrown value to a problem object. Only AppError text (translated) is shown; anything
 * else becomes a generic 500 carrying an event id, so a raw message or stack never reaches a client.
 */
export function toProblem(error: unknown, options: ToProblemOptions): Problem {
  const { translate: t, instance } = options;
  if (error instanceof AppError) {
    const fieldErrors = error.details?.fieldErrors;
    const retryAfterSeconds = error.details?.retryAfterSeconds;
    return {
      type: problemType(error.code),
      title: t(TITLE_KEY[error.code]),
      status: error.status,
      detail: t(error.messageKey, error.details?.messageParams),
      code: error.code,
      ...(instance !== undefined && { instance }),
      ...(options.eventId !== undefined && { eventId: options.eventId }),
      ...(fieldErrors !== undefined && { errors: translateFieldErrors(fieldErrors, t, error.details?.messageParams) }),
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    };
  }
  const eventId = options.eventId ?? randomUUID();
  options.report?.(error, eventId);
  return {
    type: problemType("INTERNAL"),
    title: t(TITLE_KEY.INTERNAL),
    status: 500,
    detail: t("errors.unexpected"),
    code: "INTERNAL",
    eventId,
    ...(instance !== undefined && { instance }),
  };
}

export function translateFieldErrors(fieldErrors: FieldErrors, t: Translate, params?: Record<string, string | number>): FieldErrors {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, keys]) => [field, keys.map((key) => t(key, params))]));
}
