/** The small, closed set of failure kinds a user or client can act on. */
export const ERROR_CODES = [
  "VALIDATION",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "INVALID_STATE",
  "CONFLICT",
  "DEADLINE_PASSED",
  "LIMIT_EXCEEDED",
  "RATE_LIMITED",
  "TOO_LARGE",
  "METHOD_NOT_ALLOWED",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one table from error code to HTTP status. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  INVALID_STATE: 409,
  CONFLICT: 409,
  DEADLINE_PASSED: 409,
  LIMIT_EXCEEDED: 422,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  METHOD_NOT_ALLOWED: 405,
};

/** Field path ("lots.0.places") → message keys (or already-translated text). */
export type FieldErrors = Record<string, string[]>;

export interface AppErrorDetails {
  fieldErrors?: FieldErrors;
  retryAfterSeconds?: number;
  /** Values for the message's {placeholders}. */
  messageParams?: Record<string, string | number>;
  [key: string]: unknown;
}

/**
 * An expected failure. `messageKey` is an i18n key shown to the user; `message` (for logs) is
 * "CODE: key" and never reaches a user.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly details: AppErrorDetails | undefined;

  constructor(code: ErrorCode, messageKey: string, details?: AppErrorDetails) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.details = details;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
