import { formatOslo, startOfOsloDay } from "@/lib/time";

/** A calendar day as "yyyy-MM-dd". */
export type IsoDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: IsoDay): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  if (match) {
    const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const check = new Date(Date.UTC(year, month - 1, date));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date) {
      return [year, month, date];
    }
  }
  throw new RangeError(`not a calendar day (yyyy-MM-dd): ${day}`);
}

function fromUtc(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `days` calendar days after `day` (negative: before). */
export function addDaysToDay(day: IsoDay, days: number): IsoDay {
  const [year, month, date] = parts(day);
  return fromUtc(Date.UTC(year, month - 1, date + days));
}

/** The Oslo calendar day an instant falls on. */
export function osloDay(instant: Date): IsoDay {
  assertInstant(instant);
  return formatOslo(instant, "yyyy-MM-dd");
}

/** 00:00 Oslo time at the start of `day`, as a UTC instant (23:00Z in winter, 22:00Z in summer). */
export function startOfOsloDayOf(day: IsoDay): Date {
  const [year, month, date] = parts(day);
  // 12:00 UTC is 13:00 or 14:00 Oslo on the same calendar day, whatever the offset
  return startOfOsloDay(new Date(Date.UTC(year, month - 1, date, 12)));
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): IsoDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return fromUtc(Date.UTC(year, month - 1, date));
}

const holidayCache = new Map<number, ReadonlyMap<IsoDay, string>>();

/**
 * Norway's public holidays (helligdager, plus 1 and 17 May) in a year, day → English name. Easter-based ones
 * are computed. 24 and 31 December are not public holidays.
 */
export function norwegianPublicHolidays(year: number): ReadonlyMap<IsoDay, string> {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const y = String(year);
  const entries: [IsoDay, string][] = [
    [`${y}-01-01`, "New Year's Day"],
    [addDaysToDay(easter, -3), "Maundy Thursday"],
    [addDaysToDay(easter, -2), "Good Friday"],
    [easter, "Easter Sunday"],
    [addDaysToDay(easter, 1), "Easter Monday"],
    [`${y}-05-01`, "Labour Day"],
    [`${y}-05-17`, "Constitution Day"],
    [addDaysToDay(easter, 39), "Ascension Day"],
    [addDaysToDay(easter, 49), "Whit Sunday"],
    [addDaysToDay(easter, 50), "Whit Monday"],
    [`${y}-12-25`, "Christmas Day"],
    [`${y}-12-26`, "Boxing Day"],
  ];
  const holidays = new Map<IsoDay, string>();
  // Ascension can fall on 1 or 17 May (as in 2008 and 2007): one day, both names
  for (const [day, name] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const other = holidays.get(day);
    holidays.set(day, other ? `${other} / ${name}` : name);
  }
  holidayCache.set(year, holidays);
  return holidays;
}

/** Monday to Friday and not a Norwegian public holiday. Throws RangeError for anything but a real yyyy-MM-dd day. */
export function isOsloWorkingDay(day: string): boolean {
  const [year, month, date] = parts(day);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !norwegianPublicHolidays(year).has(day);
}

/** `day` itself if it is a working day, else the next one. */
export function nextWorkingDayFrom(day: IsoDay): IsoDay {
  let current = day;
  while (!isOsloWorkingDay(current)) current = addDaysToDay(current, 1);
  return current;
}

export function assertInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError("not a valid instant");
}
