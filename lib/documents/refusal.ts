import { AppError } from "@/lib/errors";

import type { DocumentVerdict } from "./rules";

/**
 * The one mapping of a refused upload to an AppError, for every upload command (tender, supplier and bid documents):
 * a size over a limit is TOO_LARGE, anything else VALIDATION, with the message on `field`. `params` fill the
 * messages' {limit} and {total}.
 */
export function documentRefusal(verdict: Extract<DocumentVerdict, { ok: false }>, field: string, params: { limit: string; total?: string }): AppError {
  const code = verdict.reason === "tooLarge" || verdict.reason === "totalTooLarge" ? "TOO_LARGE" : "VALIDATION";
  return new AppError(code, verdict.messageKey, { fieldErrors: { [field]: [verdict.messageKey] }, messageParams: params });
}
