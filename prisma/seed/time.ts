/** Every seeded instant is relative to this fixed moment, so the data is the same on every run. */
export const BASE = new Date("2026-09-01T10:00:00Z");

const DAY_MS = 24 * 60 * 60 * 1000;

/** BASE shifted by whole days (negative = before BASE), optionally at another UTC hour. */
export function at(days: number, utcHour = 10): Date {
  const date = new Date(BASE.getTime() + days * DAY_MS);
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
