import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

// Prisma error codes that are the user's race, not our bug: answer 409/404 instead of 500.
const MAPPED: Readonly<Record<string, () => AppError>> = {
  P2002: () => new AppError("CONFLICT", "errors.conflict"), // unique constraint
  P2034: () => new AppError("CONFLICT", "errors.conflict"), // write conflict or deadlock
  P2025: () => new AppError("NOT_FOUND", "errors.notFound"), // record to update/delete is gone
  // No connection within maxWait: the server is overloaded (a deadline rush), not broken — "try again shortly".
  P2028: () => new AppError("RATE_LIMITED", "errors.busy", { retryAfterSeconds: 5 }),
};

// Bad input that got past the schemas: value too long, foreign key to nothing, invalid or out-of-range value.
const BAD_INPUT_CODES = new Set(["P2000", "P2003", "P2006", "P2007", "P2019", "P2020", "P2023"]);
const badInput = () => new AppError("VALIDATION", "errors.badInput");

/**
 * PostgreSQL's SQLSTATE behind a driver error: class 22 is a data exception (invalid text such as a NUL byte,
 * numeric out of range, bad date), 23503 a foreign key to nothing.
 */
function sqlState(error: unknown): string | undefined {
  const cause = (error as { cause?: { originalCode?: unknown } } | null)?.cause;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta;
  const code = cause?.originalCode ?? meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}

/** The database errors a user's request can cause, as the AppError to answer with; null for our own bugs. */
export function knownDbError(error: unknown): AppError | null {
  const state = sqlState(error);
  if (state && (state.startsWith("22") || state === "23503")) return badInput();
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (BAD_INPUT_CODES.has(error.code)) return badInput();
  return MAPPED[error.code]?.() ?? null;
}
