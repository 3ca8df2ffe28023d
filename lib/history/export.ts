import type { Readable } from "node:stream";

import { readScope, type Actor } from "@/lib/auth/policy";
import { db as appDb, type Db } from "@/lib/db";
import { AppError, fromZodError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n";

import { historyCsv, ZCsvFormat } from "./csv";
import { ZHistoryFilter } from "./filter";
import { historyBatches } from "./rows";

const ZExportInput = ZHistoryFilter.safeExtend({ format: ZCsvFormat });

/**
 * The CSV of the current filter (all pages, the table's order) in the reader's history scope: the read pattern of
 * runQuery (active actor → parse → policy scope), with a stream instead of rows. Paging fields are ignored.
 */
export function exportHistory(options: { db?: Db; actor: Actor | null; rawInput: unknown; t: Translate; locale: "nb" | "en" }): { ok: true; csv: Readable } | { ok: false; error: AppError } {
  const { db = appDb, actor, rawInput, t, locale } = options;
  if (!actor) return { ok: false, error: new AppError("UNAUTHENTICATED", "errors.unauthenticated") };
  if (!actor.active) return { ok: false, error: new AppError("FORBIDDEN", "errors.forbidden") };
  const parsed = ZExportInput.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
  const scope = readScope(actor, "history.read");
  if (scope.length === 0) return { ok: false, error: new AppError("FORBIDDEN", "errors.forbidden", { action: "history.read" }) };
  const { format, ...filter } = parsed.data;
  return { ok: true, csv: historyCsv(historyBatches(db, filter, scope), { format, t, locale }) };
}

export { ZExportInput };
