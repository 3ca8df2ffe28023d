import { z } from "zod";

import { Procedure, SupplierKind, TenderStatus } from "@/lib/generated/prisma/enums";
import { parseNokToOre } from "@/lib/money";
import { endOfOsloDay, startOfOsloDay } from "@/lib/time";

/** What the history can be sorted by (server-side); each maps to one SQL expression in sql.ts. */
export const HISTORY_SORTS = ["decidedAt", "announcedAt", "value", "reference", "supplier", "region"] as const;
export type HistorySort = (typeof HISTORY_SORTS)[number];

/** The columns of the table and the CSV, in order; the column chooser hides any but the reference. */
export const HISTORY_COLUMNS = [
  "reference", "title", "region", "measureType", "procedure", "reservation", "status",
  "supplier", "supplierKind", "bids", "announcedAt", "decidedAt", "value",
] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

export const HISTORY_PAGE_SIZES = [25, 50, 100] as const;

// A GET form sends "" for an untouched field: that is "no filter", not a value to validate.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

const text = (max: number) => z.string().trim().max(max, "history.errors.tooLong");
// A calendar day as people type it (31.12.2026) or as machines send it (2026-12-31).
const DAY = /^(?:(\d{2})\.(\d{2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))$/;
const day = (edge: "start" | "end") =>
  z.string().transform((value, ctx) => {
    const match = DAY.exec(value.trim());
    const iso = match ? (match[4] ? `${match[4]}-${match[5]}-${match[6]}` : `${match[3]}-${match[2]}-${match[1]}`) : "";
    const noon = new Date(`${iso}T12:00:00Z`);
    if (!match || Number.isNaN(noon.getTime()) || noon.toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: "custom", message: "history.errors.date" });
      return z.NEVER;
    }
    // The Oslo calendar day: from its first to its last instant.
    return edge === "start" ? startOfOsloDay(noon) : endOfOsloDay(noon);
  });
const nok = z.string().transform((value, ctx) => {
  const ore = parseNokToOre(value);
  if (ore === null) {
    ctx.addIssue({ code: "custom", message: "history.errors.amount" });
    return z.NEVER;
  }
  return ore;
});
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The filter, sort and page of the history, as the URL carries them (strings) → typed values for the SQL. */
export const ZHistoryFilter = z
  .object({
    region: optional(text(40)),
    measureType: optional(text(60)),
    /** A supplier's name (part of it) or its 9-digit organisation number. */
    supplier: optional(text(100)),
    supplierKind: optional(z.enum(SupplierKind, "history.errors.choice")),
    procedure: optional(z.enum(Procedure, "history.errors.choice")),
    reserved: optional(z.enum(["true", "false"], "history.errors.choice")),
    status: optional(z.enum(TenderStatus, "history.errors.choice")),
    /** The award decision's Oslo date, from and to (inclusive). */
    from: optional(day("start")),
    to: optional(day("end")),
    /** The awarded value in NOK, from and to (inclusive). */
    minValue: optional(nok),
    maxValue: optional(nok),
    q: optional(text(100)),
    sort: optional(z.enum(HISTORY_SORTS, "history.errors.choice")).default("decidedAt"),
    dir: optional(z.enum(["asc", "desc"], "history.errors.choice")).default("desc"),
    page: z.preprocess(blank, z.coerce.number("history.errors.page").int("history.errors.page").min(1, "history.errors.page").max(100_000, "history.errors.page").default(1)),
    size: z.preprocess((value) => (blank(value) === undefined ? undefined : Number(value)), z.union(HISTORY_PAGE_SIZES.map((size) => z.literal(size)), "history.errors.choice").default(50)),
  })
  .strip()
  .superRefine((filter, ctx) => {
    if (filter.from && filter.to && filter.from > filter.to) ctx.addIssue({ code: "custom", path: ["to"], message: "history.errors.dateOrder" });
    if (filter.minValue !== undefined && filter.maxValue !== undefined && filter.minValue > filter.maxValue) {
      ctx.addIssue({ code: "custom", path: ["maxValue"], message: "history.errors.valueOrder" });
    }
  });

export type THistoryFilter = z.output<typeof ZHistoryFilter>;
/** As the URL carries it: any of the parameters, as strings. */
export type THistoryFilterInput = Partial<Record<keyof z.input<typeof ZHistoryFilter>, string>>;

/** The URL parameters the filter reads (everything else in the query string is ignored). */
export const HISTORY_PARAMS = Object.keys(ZHistoryFilter.shape) as (keyof z.input<typeof ZHistoryFilter>)[];

/** The first value of each filter parameter from Next's searchParams. */
export function historyParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    HISTORY_PARAMS.flatMap((name) => {
      const value = [params[name]].flat()[0];
      return value === undefined || value === "" ? [] : [[name, value]];
    }),
  );
}
