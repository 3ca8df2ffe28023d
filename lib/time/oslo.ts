import { tz } from "@date-fns/tz";
import { addDays, endOfDay, format, startOfDay } from "date-fns";

/** Deadlines, days and periods are Norwegian local time; instants are stored in UTC. */
export const OSLO_TZ = "Europe/Oslo";

/** Every date format the UI shows, once per language (the keys are lib/i18n's locales). */
export const DATE_PATTERNS = {
  nb: { date: "dd.MM.yyyy", dateTime: "dd.MM.yyyy 'kl.' HH:mm" },
  en: { date: "dd.MM.yyyy", dateTime: "dd.MM.yyyy 'at' HH:mm" },
} as const;

/** How Oslo times are typed into forms in both languages ("20.01.2027 12:00"); parseOslo reads it back. */
export const OSLO_INPUT_PATTERN = "dd.MM.yyyy HH:mm";
export type DateLocale = keyof typeof DATE_PATTERNS;

const inOslo = tz(OSLO_TZ);

/** An instant in Oslo time with a date-fns pattern; for the UI use formatOsloDateTime / formatOsloDate. */
export function formatOslo(instant: Date, pattern: string): string {
  return format(instant, pattern, { in: inOslo });
}

/** "14.03.2025 kl. 12:00" (nb), "14.03.2025 at 12:00" (en). */
export function formatOsloDateTime(instant: Date, locale: DateLocale): string {
  return formatOslo(instant, DATE_PATTERNS[locale].dateTime);
}

/** "14.03.2025 12:00": an instant as a form field shows it (see OSLO_INPUT_PATTERN). */
export function formatOsloInput(instant: Date): string {
  return formatOslo(instant, OSLO_INPUT_PATTERN);
}

/** "14.03.2025" — the Oslo calendar date of an instant. */
export function formatOsloDate(instant: Date, locale: DateLocale): string {
  return formatOslo(instant, DATE_PATTERNS[locale].date);
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
