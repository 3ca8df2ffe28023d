import { describe, expect, it } from "vitest";

import { countdownLabels } from "@/components/common/countdown-labels";
import { createTranslator } from "@/lib/i18n";
import { describeTimeLeft, timeLeft } from "@/lib/time/countdown";

const deadline = new Date("2026-12-17T11:00:00Z");
const before = (ms: number) => new Date(deadline.getTime() - ms);
const HOUR = 3_600_000;

describe("timeLeft", () => {
  it("counts whole days and hours, then hours and minutes, always rounding down", () => {
    expect(timeLeft(deadline, before(3 * 24 * HOUR + 4 * HOUR + 59 * 60_000))).toEqual({ kind: "days", days: 3, hours: 4 });
    expect(timeLeft(deadline, before(24 * HOUR))).toEqual({ kind: "days", days: 1, hours: 0 });
    expect(timeLeft(deadline, before(24 * HOUR - 1))).toEqual({ kind: "hours", hours: 23, minutes: 59 });
    expect(timeLeft(deadline, before(60_000))).toEqual({ kind: "hours", hours: 0, minutes: 1 });
    expect(timeLeft(deadline, before(59_999))).toEqual({ kind: "underAMinute" });
  });

  it("is closed at the deadline itself and after it", () => {
    expect(timeLeft(deadline, before(1))).toEqual({ kind: "underAMinute" });
    expect(timeLeft(deadline, deadline)).toEqual({ kind: "closed" });
    expect(timeLeft(deadline, before(-HOUR))).toEqual({ kind: "closed" });
  });
});

describe("describeTimeLeft", () => {
  const nb = countdownLabels(createTranslator("nb"));
  const en = countdownLabels(createTranslator("en"));

  it("reads naturally in both languages, singular and plural", () => {
    expect(describeTimeLeft({ kind: "days", days: 3, hours: 1 }, nb)).toBe("3 dager og 1 time igjen");
    expect(describeTimeLeft({ kind: "days", days: 1, hours: 5 }, en)).toBe("1 day and 5 hours left");
    expect(describeTimeLeft({ kind: "hours", hours: 0, minutes: 1 }, nb)).toBe("1 minutt igjen");
    expect(describeTimeLeft({ kind: "hours", hours: 2, minutes: 0 }, en)).toBe("2 hours left");
    expect(describeTimeLeft({ kind: "hours", hours: 2, minutes: 30 }, en)).toBe("2 hours and 30 minutes left");
    expect(describeTimeLeft({ kind: "days", days: 16, hours: 0 }, nb)).toBe("16 dager igjen");
    expect(describeTimeLeft({ kind: "closed" }, en)).toBe("The deadline has passed");
    expect(describeTimeLeft({ kind: "underAMinute" }, nb)).toBe("Under ett minutt igjen");
  });
});
