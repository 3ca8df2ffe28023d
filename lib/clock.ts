/**
 * The one source of "now". Services receive a Clock (or call getClock()) so tests can stand at any
 * instant — a deadline rule tested at 11:59:59 and 12:00:00 must not depend on when CI runs.
 */
export interface Clock {
  now(): Date;
}

/** Wall-clock time of this machine; the only place in lib/ that constructs "now". */
export const systemClock: Clock = {
  now: () => new Date(),
};

/** A clock for tests: stands still at `start` until moved with set() or advance(). */
export interface FixedClock extends Clock {
  set(instant: string | Date): void;
  advance(ms: number): void;
}

export function fixedClock(start: string | Date): FixedClock {
  let current = toInstant(start);
  return {
    now: () => new Date(current),
    set(instant) {
      current = toInstant(instant);
    },
    advance(ms) {
      current += ms;
    },
  };
}

function toInstant(value: string | Date): number {
  const ms = typeof value === "string" ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant: ${String(value)}`);
  return ms;
}

let active: Clock = systemClock;

/** The process-wide clock for code that is not handed one (route handlers, jobs). */
export function getClock(): Clock {
  return active;
}

/** Swap the process-wide clock; pass null to restore the system clock. Tests only. */
export function setClockForTests(clock: Clock | null): void {
  active = clock ?? systemClock;
}
