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

/** The system clock moved by a fixed offset (the e2e test server's clock: "standstill passes"). */
export function offsetClock(offsetMs: number): Clock & { offsetMs: number } {
  return { offsetMs, now: () => new Date(Date.now() + offsetMs) };
}

// Kept on globalThis: Next.js may load this module once per route bundle, and a clock moved through one route
// (app/api/test/clock) must be the clock every page, action and route of the process reads.
const KEY = Symbol.for("tiltaksanbud.clock");
const slot = globalThis as unknown as { [KEY]?: Clock };

/** The process-wide clock for code that is not handed one (route handlers, jobs). */
export function getClock(): Clock {
  return slot[KEY] ?? systemClock;
}

/** Swap the process-wide clock; pass null to restore the system clock. Tests (and the test server's clock route) only. */
export function setClockForTests(clock: Clock | null): void {
  slot[KEY] = clock ?? systemClock;
}
