import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  addOsloDays, endOfOsloDay, formatOslo, formatOsloDate, formatOsloDateTime, parseOslo, startOfOsloDay, tryParseOslo,
} from "@/lib/time";

const HOUR = 3_600_000;
const iso = (d: Date) => d.toISOString();

describe("parseOslo", () => {
  it.each([
    ["14.03.2025 12:00", "2025-03-14T11:00:00.000Z"], // domain.md §4.4, CET
    ["14.04.2025 12:00", "2025-04-14T10:00:00.000Z"], // CEST
    ["14.03.2025 kl. 12:00", "2025-03-14T11:00:00.000Z"],
    ["03.04.2025 kl. 12:00", "2025-04-03T10:00:00.000Z"],
    ["1.4.2025 9:00", "2025-04-01T07:00:00.000Z"],
    [" 31.12.2025 kl 23.59 ", "2025-12-31T22:59:00.000Z"],
    // around the 2025 switches (30.03 and 26.10)
    ["30.03.2025 01:59", "2025-03-30T00:59:00.000Z"],
    ["30.03.2025 03:00", "2025-03-30T01:00:00.000Z"],
    ["26.10.2025 01:59", "2025-10-25T23:59:00.000Z"],
    ["26.10.2025 03:00", "2025-10-26T02:00:00.000Z"],
    // 2026 switches (29.03 and 25.10)
    ["29.03.2026 01:30", "2026-03-29T00:30:00.000Z"],
    ["29.03.2026 03:30", "2026-03-29T01:30:00.000Z"],
    ["25.10.2026 03:30", "2026-10-25T02:30:00.000Z"],
  ])("%s → %s", (input, expected) => {
    expect(iso(parseOslo(input))).toBe(expected);
  });

  it.each(["30.03.2025 02:00", "30.03.2025 02:30", "30.03.2025 02:59", "29.03.2026 02:15"])(
    "rejects %s, which does not exist on DST-start day",
    (input) => {
      expect(tryParseOslo(input)).toEqual({ ok: false, reason: "nonexistent" });
      expect(tryParseOslo(input, { disambiguate: "earlier" })).toEqual({ ok: false, reason: "nonexistent" });
    },
  );

  it.each([
    ["26.10.2025 02:30", "2025-10-26T00:30:00.000Z", "2025-10-26T01:30:00.000Z"],
    ["26.10.2025 02:00", "2025-10-26T00:00:00.000Z", "2025-10-26T01:00:00.000Z"],
    ["25.10.2026 02:59", "2026-10-25T00:59:00.000Z", "2026-10-25T01:59:00.000Z"],
  ])("rejects the ambiguous %s unless told which occurrence", (input, earlier, later) => {
    expect(tryParseOslo(input)).toEqual({ ok: false, reason: "ambiguous" });
    expect(iso(parseOslo(input, { disambiguate: "earlier" }))).toBe(earlier);
    expect(iso(parseOslo(input, { disambiguate: "later" }))).toBe(later);
  });

  it.each([
    ["", "format"],
    ["14.03.2025", "format"],
    ["2025-03-14 12:00", "format"],
    ["14/03/2025 12:00", "format"],
    ["14.03.25 12:00", "format"],
    ["14.03.2025 12:00:00", "format"],
    ["14.03.2025 kl. 12", "format"],
    ["31.02.2025 12:00", "date"],
    ["29.02.2025 12:00", "date"],
    ["00.03.2025 12:00", "date"],
    ["14.13.2025 12:00", "date"],
    ["14.03.2025 24:00", "date"],
    ["14.03.2025 12:60", "date"],
  ])("rejects %j (%s)", (input, reason) => {
    expect(tryParseOslo(input)).toEqual({ ok: false, reason });
  });

  it("accepts 29 February in a leap year", () => {
    expect(iso(parseOslo("29.02.2028 12:00"))).toBe("2028-02-29T11:00:00.000Z");
  });

  it("throws AppError VALIDATION with a reason-specific message key", () => {
    const error = (() => {
      try {
        parseOslo("30.03.2025 02:30");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION", messageKey: "errors.time.nonexistent" });
  });
});

describe("formatOslo", () => {
  it.each([
    ["2025-03-14T11:00:00Z", "14.03.2025 kl. 12:00"],
    ["2025-04-14T10:00:00Z", "14.04.2025 kl. 12:00"],
    ["2025-10-26T00:30:00Z", "26.10.2025 kl. 02:30"],
    ["2025-10-26T01:30:00Z", "26.10.2025 kl. 02:30"],
    ["2025-12-31T23:30:00Z", "01.01.2026 kl. 00:30"],
  ])("%s → %s", (instant, expected) => {
    expect(formatOsloDateTime(new Date(instant), "nb")).toBe(expected);
  });

  it("says \"at\" in English, not \"kl.\"", () => {
    expect(formatOsloDateTime(new Date("2026-12-17T10:00:00Z"), "en")).toBe("17.12.2026 at 11:00");
    expect(formatOsloDate(new Date("2026-12-17T23:30:00Z"), "en")).toBe("18.12.2026");
  });

  it("formats the Oslo calendar date and custom patterns", () => {
    expect(formatOsloDate(new Date("2025-05-16T22:30:00Z"), "nb")).toBe("17.05.2025");
    expect(formatOslo(new Date("2025-05-16T22:30:00Z"), "yyyy-MM-dd HH:mm xxx")).toBe("2025-05-17 00:30 +02:00");
  });

  it("round-trips with parseOslo outside the switch hours", () => {
    for (const input of ["14.03.2025 kl. 12:00", "30.03.2025 kl. 03:00", "26.10.2025 kl. 03:00"]) {
      expect(formatOsloDateTime(parseOslo(input), "nb")).toBe(input);
    }
  });
});

describe("Oslo days", () => {
  const length = (instant: string) => {
    const day = new Date(instant);
    return endOfOsloDay(day).getTime() + 1 - startOfOsloDay(day).getTime();
  };

  it.each([
    ["2025-03-14T11:00:00Z", 24],
    ["2025-03-30T10:00:00Z", 23],
    ["2025-10-26T10:00:00Z", 25],
    ["2026-03-29T10:00:00Z", 23],
    ["2026-10-25T10:00:00Z", 25],
  ])("the Oslo day of %s is %i hours long", (instant, hours) => {
    expect(length(instant)).toBe(hours * HOUR);
  });

  it("starts and ends at Oslo midnight", () => {
    const instant = new Date("2025-03-30T10:00:00Z");
    expect(iso(startOfOsloDay(instant))).toBe("2025-03-29T23:00:00.000Z");
    expect(iso(endOfOsloDay(instant))).toBe("2025-03-30T21:59:59.999Z");
    // 23:30 UTC on 16 May is already 17 May in Oslo
    expect(iso(startOfOsloDay(new Date("2025-05-16T23:30:00Z")))).toBe("2025-05-16T22:00:00.000Z");
  });

  it("adds calendar days keeping the wall-clock time across DST", () => {
    const noonBeforeSpring = parseOslo("29.03.2025 12:00");
    const next = addOsloDays(noonBeforeSpring, 1);
    expect(formatOsloDateTime(next, "nb")).toBe("30.03.2025 kl. 12:00");
    expect(next.getTime() - noonBeforeSpring.getTime()).toBe(23 * HOUR);

    const noonBeforeAutumn = parseOslo("25.10.2025 12:00");
    const after = addOsloDays(noonBeforeAutumn, 1);
    expect(formatOsloDateTime(after, "nb")).toBe("26.10.2025 kl. 12:00");
    expect(after.getTime() - noonBeforeAutumn.getTime()).toBe(25 * HOUR);

    expect(formatOsloDateTime(addOsloDays(parseOslo("14.03.2025 12:00"), 30), "nb")).toBe("13.04.2025 kl. 12:00");
    expect(formatOsloDateTime(addOsloDays(parseOslo("14.04.2025 12:00"), -31), "nb")).toBe("14.03.2025 kl. 12:00");
  });

  it("moves a wall time that lands in the spring gap forward", () => {
    const before = parseOslo("29.03.2025 02:30");
    expect(formatOsloDateTime(addOsloDays(before, 1), "nb")).toBe("30.03.2025 kl. 03:30");
  });
});
