import { addDaysToDay, assertInstant, nextWorkingDayFrom, osloDay, startOfOsloDayOf } from "./calendar";

/** Default karenstid (domain.md §0, §4.5): 10 days whenever an award decision is sent. */
export const DEFAULT_STANDSTILL_DAYS = 10;

/**
 * The end of a period of `days` calendar days (forskrift om tidsfrister i EØS-avtalen; FOA § 7-6): counting
 * starts on the day after the event's Oslo calendar day; a last day on a Saturday, Sunday or public holiday
 * moves to the next working day; the period ends at 24:00 Oslo time of that day, returned as the instant
 * 00:00 Oslo of the following day. Only the event's Oslo day matters, not its time of day.
 */
export function periodEnd(eventAt: Date, days: number): Date {
  assertInstant(eventAt);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number ≥ 1, got ${days}`);
  const lastDay = nextWorkingDayFrom(addDaysToDay(osloDay(eventAt), days));
  return startOfOsloDayOf(addDaysToDay(lastDay, 1));
}

/** The earliest tender deadline `minDays` after the notice was sent: no deadline before this instant is allowed. */
export function earliestTenderDeadline(noticeSentAt: Date, minDays: number): Date {
  return periodEnd(noticeSentAt, minDays);
}

/** When the standstill after an award decision ends: the contract may be concluded from this instant on. */
export function standstillEndsAt(decisionSentAt: Date, days: number = DEFAULT_STANDSTILL_DAYS): Date {
  return periodEnd(decisionSentAt, days);
}
