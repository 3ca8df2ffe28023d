import { describe, expect, it } from "vitest";

import { amendmentPeriodDays, earliestAmendedDeadline, proposedAmendedDeadline, SUPPLEMENTARY_INFORMATION_DAYS, workingDayNoonFrom } from "@/lib/rules";

const at = (iso: string) => new Date(iso);
// Part III open: notice Mon 3 March 2025, deadline the earliest allowed (03.04.2025 00:00 Oslo), amended a week later.
const partIII = { now: at("2025-03-10T09:00:00Z"), announcedAt: at("2025-03-03T09:00:00Z"), currentDeadline: at("2025-04-02T22:00:00Z"), regime: "PART_III", procedure: "OPEN" } as const;
// Part IV light regime: no fixed minimum; deadline Thu 20 March 2025 12:00 Oslo.
const partIV = { now: at("2025-03-10T09:00:00Z"), announcedAt: at("2025-03-03T09:00:00Z"), currentDeadline: at("2025-03-20T11:00:00Z"), regime: "PART_IV", procedure: "LIGHT_REGIME" } as const;

describe("amendmentPeriodDays", () => {
  it("is the regime's minimum time limit, or the six-day floor where there is none", () => {
    expect(amendmentPeriodDays("PART_III", "OPEN")).toBe(30);
    expect(amendmentPeriodDays("PART_III", "RESTRICTED")).toBe(30);
    expect(amendmentPeriodDays("PART_IV", "LIGHT_REGIME")).toBe(SUPPLEMENTARY_INFORMATION_DAYS);
    expect(amendmentPeriodDays("PART_II", "OPEN")).toBe(6);
  });
});

describe("earliestAmendedDeadline", () => {
  it("material, Part III: the full 30 days again from the amendment (Mon 10 March → end of Wed 9 April)", () => {
    expect(earliestAmendedDeadline({ ...partIII, material: true }).toISOString()).toBe("2025-04-09T22:00:00.000Z");
  });

  it("material, Part IV: later than the current deadline when six days from now come sooner", () => {
    expect(earliestAmendedDeadline({ ...partIV, material: true }).toISOString()).toBe("2025-03-20T11:01:00.000Z");
  });

  it("material, Part IV close to the deadline: six days from the amendment, rolled past the weekend", () => {
    // Amended Tue 18 March; day 6 = Mon 24 March, a working day → the end of that day.
    const late = { ...partIV, now: at("2025-03-18T09:00:00Z") };
    expect(earliestAmendedDeadline({ ...late, material: true }).toISOString()).toBe("2025-03-24T23:00:00.000Z");
  });

  it("deadline only, Part III: never before the minimum the notice had to respect", () => {
    expect(earliestAmendedDeadline({ ...partIII, material: false }).toISOString()).toBe("2025-04-02T22:00:00.000Z");
  });

  it("deadline only, Part IV: may move earlier, but not closer than six days (day 6 a Sunday → end of Mon 17 March)", () => {
    expect(earliestAmendedDeadline({ ...partIV, material: false }).toISOString()).toBe("2025-03-17T23:00:00.000Z");
  });
});

describe("proposedAmendedDeadline", () => {
  it("Part III: 12:00 Oslo on the first working day the full period allows", () => {
    expect(proposedAmendedDeadline(partIII).toISOString()).toBe("2025-04-10T10:00:00.000Z");
  });

  it("Part IV: at least six more days than the current deadline, at noon on a working day", () => {
    expect(proposedAmendedDeadline(partIV).toISOString()).toBe("2025-03-27T11:00:00.000Z");
  });

  it("across the switch to summer time: day 6 is Sun 30 March → Tue 1 April 12:00 CEST", () => {
    const input = { ...partIV, now: at("2025-03-20T09:00:00Z"), currentDeadline: at("2025-03-24T11:00:00Z") };
    expect(proposedAmendedDeadline(input).toISOString()).toBe("2025-04-01T10:00:00.000Z");
  });

  it("over Easter 2025 the proposal skips Maundy Thursday to Easter Monday", () => {
    // Current deadline Fri 11 April; +6 = Thu 17 April (Maundy Thursday) → Tue 22 April; noon Wed 23 April.
    const input = { ...partIV, now: at("2025-04-07T09:00:00Z"), currentDeadline: at("2025-04-11T10:00:00Z") };
    expect(proposedAmendedDeadline(input).toISOString()).toBe("2025-04-23T10:00:00.000Z");
  });

  it("is always allowed by the guard (property over a year of amendment days)", () => {
    for (let day = 0; day < 365; day += 3) {
      const now = new Date(Date.UTC(2025, 0, 1, 8) + day * 86_400_000);
      const currentDeadline = new Date(now.getTime() + ((day % 40) + 1) * 86_400_000);
      for (const rules of [{ regime: "PART_III", procedure: "OPEN" }, { regime: "PART_IV", procedure: "LIGHT_REGIME" }] as const) {
        const input = { now, announcedAt: new Date(now.getTime() - 86_400_000), currentDeadline, ...rules };
        const proposed = proposedAmendedDeadline(input);
        expect(proposed.getTime()).toBeGreaterThanOrEqual(earliestAmendedDeadline({ ...input, material: true }).getTime());
        expect(proposed.getTime()).toBeGreaterThan(currentDeadline.getTime());
      }
    }
  });
});

describe("workingDayNoonFrom", () => {
  it("is noon that day when still ahead, else the next working day's", () => {
    expect(workingDayNoonFrom(at("2025-03-14T08:00:00Z")).toISOString()).toBe("2025-03-14T11:00:00.000Z");
    expect(workingDayNoonFrom(at("2025-03-14T12:00:00Z")).toISOString()).toBe("2025-03-17T11:00:00.000Z");
  });
});
