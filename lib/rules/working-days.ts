import { addDaysToDay, assertInstant, nextWorkingDayFrom, osloDay, startOfOsloDayOf } from "./calendar";

/**
 * The instant `days` Oslo working days after `instant`, at the same time of day (measured from Oslo midnight). A
 * question asked on a Saturday has waited two working days on Tuesday at that time; one asked Friday, on Tuesday too.
 */
export function addOsloWorkingDays(instant: Date, days: number): Date {
  assertInstant(instant);
  if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be a whole number ≥ 0");
  const start = osloDay(instant);
  const sinceMidnight = instant.getTime() - startOfOsloDayOf(start).getTime();
  let day = start;
  for (let counted = 0; counted < days; counted++) day = nextWorkingDayFrom(addDaysToDay(day, 1));
  return new Date(startOfOsloDayOf(day).getTime() + sinceMidnight);
}
