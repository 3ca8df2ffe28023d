import { z } from "zod";

import { text } from "@/lib/schemas";
import { addOsloDays, formatOslo, startOfOsloDay, tryParseOslo } from "@/lib/time";

/** An Oslo calendar day as the URL carries it ("2026-03-31"); empty means "not chosen". */
const ZDay = text()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "") return undefined;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const parsed = iso ? tryParseOslo(`${iso[3]}.${iso[2]}.${iso[1]} 12:00`) : null;
    if (parsed?.ok) return startOfOsloDay(parsed.instant);
    ctx.addIssue({ code: "custom", message: "analytics.errors.day" });
    return z.NEVER;
  });

/** The dashboard's URL state: a region (none = the whole country) and a period of Oslo days, both ends included. */
const ZFields = z
  .object({ region: text().trim().max(16, "analytics.errors.region").optional().transform((code) => (code === "" ? undefined : code)), from: ZDay, to: ZDay })
  .strict();
export const ZAnalyticsInput = ZFields.optional()
  .transform((input): z.output<typeof ZFields> => input ?? { region: undefined, from: undefined, to: undefined })
  .superRefine((input, ctx) => {
    if (input.from && input.to && input.from > input.to) ctx.addIssue({ code: "custom", path: ["to"], message: "analytics.errors.order" });
  });
export type TAnalyticsInput = z.output<typeof ZAnalyticsInput>;

export interface Period {
  /** Inclusive Oslo days, "YYYY-MM-DD". */
  fromDay: string;
  toDay: string;
  /** [from, to) as instants, for the SQL. */
  from: Date;
  to: Date;
}

const day = (instant: Date) => formatOslo(instant, "yyyy-MM-dd");

/** The chosen period, or by default 1 January of last year through today (Oslo). */
export function resolvePeriod(input: TAnalyticsInput, now: Date): Period {
  const today = startOfOsloDay(now);
  const from = input.from ?? startOfOsloDay(new Date(Date.UTC(Number(day(today).slice(0, 4)) - 1, 0, 1, 12)));
  const last = input.to ?? today;
  return { fromDay: day(from), toDay: day(last), from, to: addOsloDays(last, 1) };
}
