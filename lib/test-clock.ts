import { z } from "zod";

import { getClock, offsetClock, setClockForTests, systemClock } from "@/lib/clock";
import { env } from "@/lib/env";

/*
 * The e2e test server's clock (npm run start:test sets TEST_CLOCK=1; npm start and every other build never do): the
 * full journey moves time over HTTP ("standstill passes") instead of waiting. It installs an offset clock as the
 * process clock, so every page, command and query — and the bid deadline guard, which passes a non-system clock's
 * instant into its SQL (lib/bids/deadline judgedInstant) — stands at the moved instant.
 */

export const ZMoveTestClock = z
  .object({
    advanceMs: z.number().int().min(0).max(400 * 24 * 60 * 60 * 1000).optional(),
    set: z.iso.datetime({ offset: true }).optional(),
    reset: z.literal(true).optional(),
  })
  .strict()
  .refine((input) => [input.advanceMs, input.set, input.reset].filter((value) => value !== undefined).length === 1, { error: "give exactly one of advanceMs, set, reset" });

export function testClockEnabled(): boolean {
  return env().TEST_CLOCK === "1";
}

/** Moves the process clock (forward by advanceMs, to an instant, or back to the system clock); returns the new now. */
export function moveTestClock(input: z.output<typeof ZMoveTestClock>): { now: string; offsetMs: number } {
  const current = getClock() as Partial<ReturnType<typeof offsetClock>>;
  const offset = typeof current.offsetMs === "number" ? current.offsetMs : 0;
  if (input.reset) setClockForTests(null);
  else if (input.set) setClockForTests(offsetClock(Date.parse(input.set) - Date.now()));
  else setClockForTests(offsetClock(offset + input.advanceMs!));
  const clock = getClock() as Partial<ReturnType<typeof offsetClock>>;
  return { now: getClock().now().toISOString(), offsetMs: clock === systemClock ? 0 : (clock.offsetMs ?? 0) };
}
