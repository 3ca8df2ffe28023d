const DAY_MS = 24 * 60 * 60 * 1000;

/** Every seeded instant is relative to one anchor. Fixed by default, so the data is the same on every run. */
export const FIXED_BASE = new Date("2026-09-01T10:00:00Z");

let base = FIXED_BASE;

export function seedBase(): Date {
  return base;
}

/**
 * Moves the anchor. `npm start` puts it a week before today so the demo's announced competitions are
 * open for bids whenever it runs; tests keep FIXED_BASE.
 */
export function setSeedBase(value: Date): void {
  base = value;
}

/** The anchor `npm start` uses: 10:00 UTC a week before `now` (announced deadlines then lie 2–3 weeks ahead). */
export function demoSeedBase(now: Date): Date {
  const anchor = new Date(now.getTime() - 7 * DAY_MS);
  anchor.setUTCHours(10, 0, 0, 0);
  return anchor;
}

/** The anchor shifted by whole days (negative = before BASE), optionally at another UTC hour. */
export function at(days: number, utcHour = 10): Date {
  const date = new Date(base.getTime() + days * DAY_MS);
  date.setUTCHours(utcHour, 0, 0, 0);
  return date;
}

/** A calendar date (for `@db.Date` columns). */
export function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}
