import { Readable } from "node:stream";

import { stringify } from "csv-stringify";
import { z } from "zod";

import type { Translate } from "@/lib/i18n";
import { formatOslo } from "@/lib/time";

import { HISTORY_COLUMNS, type HistoryColumn } from "./filter";
import type { HistoryRow } from "./rows";

/**
 * "nb": what Excel in a Norwegian locale reads without an import wizard (semicolon-separated, decimal comma,
 * dd.MM.yyyy); "iso": for machines (comma-separated, decimal point, yyyy-MM-dd).
 */
export const ZCsvFormat = z.preprocess((value) => (value === "" || value === undefined ? "nb" : value), z.enum(["nb", "iso"], "history.errors.format"));
export type CsvFormat = z.output<typeof ZCsvFormat>;

/** Øre → kroner with two decimals, exactly (BigInt arithmetic, no floats). */
export function kroner(ore: bigint, format: CsvFormat): string {
  const whole = ore / 100n;
  const cents = (ore % 100n).toString().padStart(2, "0");
  return `${whole}${format === "nb" ? "," : "."}${cents}`;
}

const day = (instant: Date | null, format: CsvFormat) => (instant ? formatOslo(instant, format === "nb" ? "dd.MM.yyyy" : "yyyy-MM-dd") : "");

/** The CSV columns: the table's, with the lot and the organisation number split out where a file needs them. */
function cells(row: HistoryRow, format: CsvFormat, t: Translate, locale: "nb" | "en"): Record<HistoryColumn | "lot" | "orgnr", string | number> {
  return {
    reference: row.reference,
    title: row.title,
    lot: `${row.lotNumber}. ${row.lotTitle}`,
    region: row.regionName,
    measureType: locale === "en" ? row.measureTypeEn : row.measureTypeNb,
    procedure: t(`procedure.${row.procedure}`),
    reservation: t(`history.reservation.${row.reservation}`),
    status: t(`tenderStatus.${row.status}`),
    supplier: row.supplierName ?? "",
    orgnr: row.supplierOrgnr ?? "",
    supplierKind: row.supplierKind ? t(`supplierKind.${row.supplierKind}`) : "",
    bids: row.bids,
    announcedAt: day(row.announcedAt, format),
    decidedAt: day(row.decidedAt, format),
    value: row.valueOre === null ? "" : kroner(row.valueOre, format),
  };
}

const CSV_COLUMNS = HISTORY_COLUMNS.flatMap((column): (HistoryColumn | "lot" | "orgnr")[] =>
  column === "title" ? ["title", "lot"] : column === "supplier" ? ["supplier", "orgnr"] : [column],
);

/**
 * The rows as a CSV byte stream (UTF-8 with a BOM, so Excel reads æøå), written by csv-stringify as the batches
 * arrive: the next batch is read only when the consumer has taken the last, so memory holds one batch, never the file.
 */
export function historyCsv(batches: AsyncIterable<HistoryRow[]>, options: { format: CsvFormat; t: Translate; locale: "nb" | "en" }): Readable {
  const { format, t, locale } = options;
  const csv = stringify({
    bom: true,
    header: true,
    delimiter: format === "nb" ? ";" : ",",
    record_delimiter: "windows",
    columns: CSV_COLUMNS.map((key) => ({ key, header: t(`history.col.${key}`) })),
  });
  async function* records() {
    for await (const batch of batches) for (const row of batch) yield cells(row, format, t, locale);
  }
  const source = Readable.from(records());
  source.on("error", (error) => csv.destroy(error));
  return source.pipe(csv);
}
