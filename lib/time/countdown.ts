/*
 * The time left to a deadline, as shown beside it: whole days and hours while a day or more remains, then hours and
 * minutes. Always rounded down, so the page never promises more time than there is; at the deadline it is closed.
 * Pure, so the server renders it and the browser keeps it ticking with the same words.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type TimeLeft =
  | { kind: "closed" }
  | { kind: "underAMinute" }
  | { kind: "days"; days: number; hours: number }
  | { kind: "hours"; hours: number; minutes: number };

export function timeLeft(deadline: Date, now: Date): TimeLeft {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return { kind: "closed" };
  if (ms < MINUTE) return { kind: "underAMinute" };
  if (ms >= DAY) return { kind: "days", days: Math.floor(ms / DAY), hours: Math.floor((ms % DAY) / HOUR) };
  return { kind: "hours", hours: Math.floor(ms / HOUR), minutes: Math.floor((ms % HOUR) / MINUTE) };
}

type Plural = { one: string; other: string };

/** The words, from the catalogue; `{n}` is the count and `{first}`/`{second}` the two units. */
export interface CountdownLabels {
  closed: string;
  underAMinute: string;
  /** "{first} og {second} igjen" */
  left: string;
  /** "{first} igjen", when the smaller unit is zero (or the larger one is) */
  leftSingle: string;
  day: Plural;
  hour: Plural;
  minute: Plural;
}

const unit = (plural: Plural, n: number) => (n === 1 ? plural.one : plural.other).replace("{n}", String(n));

export function describeTimeLeft(left: TimeLeft, labels: CountdownLabels): string {
  switch (left.kind) {
    case "closed":
      return labels.closed;
    case "underAMinute":
      return labels.underAMinute;
    case "days":
      return pair(labels, unit(labels.day, left.days), left.hours === 0 ? null : unit(labels.hour, left.hours));
    case "hours":
      if (left.hours === 0) return pair(labels, unit(labels.minute, left.minutes), null);
      return pair(labels, unit(labels.hour, left.hours), left.minutes === 0 ? null : unit(labels.minute, left.minutes));
  }
}

function pair(labels: CountdownLabels, first: string, second: string | null): string {
  return second === null ? labels.leftSingle.replace("{first}", first) : labels.left.replace("{first}", first).replace("{second}", second);
}
