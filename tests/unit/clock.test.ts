import { afterEach, describe, expect, it } from "vitest";
import { fixedClock, getClock, setClockForTests, systemClock } from "@/lib/clock";

describe("clock", () => {
  afterEach(() => setClockForTests(null));

  it("fixedClock stands still until moved", () => {
    const clock = fixedClock("2025-03-14T11:00:00.000Z");
    expect(clock.now().toISOString()).toBe("2025-03-14T11:00:00.000Z");
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe("2025-03-14T11:01:30.000Z");
    clock.set(new Date("2026-01-01T00:00:00Z"));
    expect(clock.now().toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("hands out copies, so callers cannot move the clock by mutating a Date", () => {
    const clock = fixedClock("2025-03-14T11:00:00Z");
    clock.now().setUTCFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2025);
  });

  it("rejects an invalid instant", () => {
    expect(() => fixedClock("not a date")).toThrow(RangeError);
  });

  it("getClock defaults to the system clock and can be swapped for tests", () => {
    expect(getClock()).toBe(systemClock);
    const clock = fixedClock("2025-10-26T00:30:00Z");
    setClockForTests(clock);
    expect(getClock().now().toISOString()).toBe("2025-10-26T00:30:00.000Z");
    setClockForTests(null);
    expect(getClock()).toBe(systemClock);
  });
});
