import { describe, expect, it } from "vitest";

import { addOsloWorkingDays } from "@/lib/rules";

describe("addOsloWorkingDays", () => {
  it.each([
    // Tuesday 10:00 Oslo + 2 → Thursday 10:00.
    ["2026-03-10T09:00:00.000Z", 2, "2026-03-12T09:00:00.000Z"],
    // Friday + 2 → Tuesday (the weekend does not count).
    ["2026-03-13T09:00:00.000Z", 2, "2026-03-17T09:00:00.000Z"],
    // Saturday + 2 → Tuesday too.
    ["2026-03-14T09:00:00.000Z", 2, "2026-03-17T09:00:00.000Z"],
    // Wednesday before Easter 2026 (Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April) + 2 → Wednesday 8 April.
    ["2026-04-01T08:00:00.000Z", 2, "2026-04-08T08:00:00.000Z"],
    // Across the DST change (29 March 2026): Friday 10:00 CET + 2 → Tuesday 10:00 CEST, the same Oslo wall clock.
    ["2026-03-27T09:00:00.000Z", 2, "2026-03-31T08:00:00.000Z"],
    ["2026-03-10T09:00:00.000Z", 0, "2026-03-10T09:00:00.000Z"],
  ])("%s + %i working days = %s", (from, days, expected) => {
    expect(addOsloWorkingDays(new Date(from), days).toISOString()).toBe(expected);
  });

  it("refuses a negative or fractional count", () => {
    expect(() => addOsloWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addOsloWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });
});
