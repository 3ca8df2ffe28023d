import { parseOslo } from "@/lib/time";

import { addDaysToDay, assertInstant, nextWorkingDayFrom, osloDay } from "./calendar";
import { periodEnd } from "./periods";
import { earliestBidDeadline, isProcedureAllowed, minimumTenderDays } from "./procedures";
import type { Procedure, Regime } from "./types";

/**
 * Supplementary information must reach bidders at least six days before the deadline (directive 2014/24 art. 47(3)(a);
 * the FOA section is unconfirmed here). Used as the floor where the regime sets no fixed minimum time limit.
 */
export const SUPPLEMENTARY_INFORMATION_DAYS = 6;

export interface AmendedDeadlineInput {
  /** When the amendment is published. */
  now: Date;
  announcedAt: Date;
  currentDeadline: Date;
  regime: Regime;
  procedure: Procedure;
  /** Documents or criteria change (a rettelse bidders must work into their bids); a deadline-only change is not. */
  material: boolean;
}

/** The days a bidder must get after a material amendment: the regime's minimum time limit, or the six-day floor. */
export function amendmentPeriodDays(regime: Regime, procedure: Procedure): number {
  const days = isProcedureAllowed(regime, procedure) ? minimumTenderDays(regime, procedure) : null;
  return days ?? SUPPLEMENTARY_INFORMATION_DAYS;
}

const later = (a: Date, b: Date | null) => (b && b > a ? b : a);
const MINUTE_MS = 60_000;

/**
 * The earliest bid deadline an amendment may set (docs/decisions/006).
 * - Material: later than the current deadline (it must be extended), and the full minimum time limit again from the
 *   amendment, as if the changed documents were a new notice (Part III: 30 days for an open procedure); where the
 *   regime has no fixed minimum (Part I, II, IV), at least six days (SUPPLEMENTARY_INFORMATION_DAYS).
 * - Deadline only: it may move either way, but never before the minimum the notice itself had to respect, nor closer
 *   than six days after the amendment, so bidders always learn of a change in time.
 */
export function earliestAmendedDeadline({ now, announcedAt, currentDeadline, regime, procedure, material }: AmendedDeadlineInput): Date {
  assertInstant(now);
  if (material) {
    return later(periodEnd(now, amendmentPeriodDays(regime, procedure)), new Date(currentDeadline.getTime() + MINUTE_MS));
  }
  const fromNotice = isProcedureAllowed(regime, procedure) ? earliestBidDeadline(announcedAt, regime, procedure) : null;
  return later(periodEnd(now, SUPPLEMENTARY_INFORMATION_DAYS), fromNotice);
}

/** 12:00 Oslo time on `day` (a yyyy-MM-dd Oslo day): DST-safe, noon always exists. */
function noonOn(day: string): Date {
  const [year, month, date] = day.split("-");
  return parseOslo(`${date}.${month}.${year} 12:00`);
}

/** 12:00 Oslo on the first working day whose noon is at or after `instant`. */
export function workingDayNoonFrom(instant: Date): Date {
  let day = nextWorkingDayFrom(osloDay(instant));
  while (noonOn(day) < instant) day = nextWorkingDayFrom(addDaysToDay(day, 1));
  return noonOn(day);
}

/**
 * The deadline the amendment form proposes for a material amendment: 12:00 on a working day, no earlier than the
 * full period again from now, and giving at least six days more than the current deadline (a change costs bidders
 * work even when much time is left). Always allowed by earliestAmendedDeadline.
 */
export function proposedAmendedDeadline(input: Omit<AmendedDeadlineInput, "material">): Date {
  const floor = earliestAmendedDeadline({ ...input, material: true });
  const extended = periodEnd(input.currentDeadline, SUPPLEMENTARY_INFORMATION_DAYS);
  return workingDayNoonFrom(later(floor, extended));
}
