import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

// Prisma error codes that are the user's race, not our bug: answer 409/404 instead of 500.
const MAPPED: Readonly<Record<string, () => AppError>> = {
  P2002: () => new AppError("CONFLICT", "errors.conflict"), // unique constraint
  P2034: () => new AppError("CONFLICT", "errors.conflict"), // write conflict or deadlock
  P2025: () => new AppError("NOT_FOUND", "errors.notFound"), // record to update/delete is gone
};

export function knownDbError(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  return MAPPED[error.code]?.() ?? null;
}
