import { tz } from "@date-fns/tz";
import { addDays, endOfDay, format, startOfDay } from "date-fns";

/** Deadlines, days and periods are Norwegian local time; instants are stored in UTC. */
export const OSLO_TZ = "Europe/Oslo";

export const OSLO_DATE_TIME = "dd.MM.yyyy 'kl.' HH:mm";
export const OSLO_DATE = "dd.MM.yyyy";

const inOslo = tz(OSLO_TZ);

/** "14.03.2025 kl. 12:00" for an instant (any date-fns pattern may be given). */
export function formatOslo(instant: Date, pattern: string = OSLO_DATE_TIME): string {
  return format(instant, pattern, { in: inOslo });
}

/** "14.03.2025" — the Oslo calendar date of an instant. */
export function formatOsloDate(instant: Date): string {
  return format(instant, OSLO_DATE, { in: inOslo });
}

/** 00:00 Oslo time on the instant's Oslo date, as a UTC instant. */
export function startOfOsloDay(instant: Date): Date {
  return new Date(startOfDay(instant, { in: inOslo }).getTime());
}

/** 23:59:59.999 Oslo time on the instant's Oslo date; the day is 23 h or 25 h long on DST days. */
export function endOfOsloDay(instant: Date): Date {
  return new Date(endOfDay(instant, { in: inOslo }).getTime());
}

/**
 * Adds calendar days in Oslo, keeping the wall-clock time (12:00 stays 12:00 across a DST switch,
 * so one "day" may be 23 h or 25 h). A wall time that falls into the spring gap moves forward.
 */
export function addOsloDays(instant: Date, days: number): Date {
  return new Date(addDays(instant, days, { in: inOslo }).getTime());
}
