import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { easterSunday, isOsloWorkingDay, norwegianPublicHolidays, osloDay } from "@/lib/rules";

const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

describe("easterSunday (anonymous Gregorian algorithm)", () => {
  it.each([
    [1818, "1818-03-22"], // earliest possible date
    [1943, "1943-04-25"], // latest possible date
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i → %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(weekday(easter)).toBe(0);
        const monthDay = easter.slice(5);
        expect(monthDay >= "03-22" && monthDay <= "04-25").toBe(true);
      }),
    );
  });
});

describe("norwegianPublicHolidays", () => {
  it("2025: Easter 17–21 April, Ascension 29 May, Whitsun 8–9 June", () => {
    expect([...norwegianPublicHolidays(2025).keys()]).toEqual([
      "2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01", "2025-05-17",
      "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26",
    ]);
  });

  it("2026: Easter 2–6 April, Ascension 14 May, Whitsun 24–25 May", () => {
    expect(Object.fromEntries(norwegianPublicHolidays(2026))).toEqual({
      "2026-01-01": "New Year's Day",
      "2026-04-02": "Maundy Thursday",
      "2026-04-03": "Good Friday",
      "2026-04-05": "Easter Sunday",
      "2026-04-06": "Easter Monday",
      "2026-05-01": "Labour Day",
      "2026-05-14": "Ascension Day",
      "2026-05-17": "Constitution Day",
      "2026-05-24": "Whit Sunday",
      "2026-05-25": "Whit Monday",
      "2026-12-25": "Christmas Day",
      "2026-12-26": "Boxing Day",
    });
  });

  it("names both holidays when Ascension falls on 17 May (2007)", () => {
    const holidays = norwegianPublicHolidays(2007);
    expect(holidays.get("2007-05-17")).toBe("Constitution Day / Ascension Day");
    expect(holidays.size).toBe(11);
  });

  it("the moving holidays fall on their weekdays in every year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const byName = new Map([...norwegianPublicHolidays(year)].flatMap(([day, names]) => names.split(" / ").map((name) => [name, day] as const)));
        expect(weekday(byName.get("Maundy Thursday")!)).toBe(4);
        expect(weekday(byName.get("Good Friday")!)).toBe(5);
        expect(weekday(byName.get("Easter Monday")!)).toBe(1);
        expect(weekday(byName.get("Ascension Day")!)).toBe(4);
        expect(weekday(byName.get("Whit Sunday")!)).toBe(0);
        expect(weekday(byName.get("Whit Monday")!)).toBe(1);
        expect(byName.size).toBe(12);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects a year the Gregorian algorithm does not cover", () => {
    expect(() => norwegianPublicHolidays(1500)).toThrow(RangeError);
    expect(() => norwegianPublicHolidays(2025.5)).toThrow(RangeError);
  });
});

describe("isOsloWorkingDay", () => {
  it.each([
    ["2025-03-03", true], // Monday
    ["2025-03-07", true], // Friday
    ["2025-03-08", false], // Saturday
    ["2025-03-09", false], // Sunday
    ["2025-01-01", false],
    ["2025-01-02", true],
    ["2025-04-16", true], // Wednesday before Easter
    ["2025-04-17", false], // Maundy Thursday
    ["2025-04-18", false], // Good Friday
    ["2025-04-21", false], // Easter Monday
    ["2025-04-22", true],
    ["2026-04-02", false],
    ["2026-04-03", false],
    ["2026-04-06", false],
    ["2026-04-07", true],
    ["2025-05-01", false], // Thursday
    ["2025-05-02", true],
    ["2025-05-16", true],
    ["2026-05-15", true],
    ["2025-05-29", false], // Ascension
    ["2026-05-14", false],
    ["2025-06-09", false], // Whit Monday
    ["2026-05-25", false],
    ["2025-06-10", true],
    ["2025-12-24", true], // Christmas Eve is not a public holiday
    ["2025-12-25", false],
    ["2025-12-26", false],
    ["2025-12-29", true],
    ["2025-12-31", true],
    ["2026-12-28", true],
    ["2025-03-31", true], // Monday after the spring DST switch
    ["2025-10-27", true], // Monday after the autumn DST switch
  ])("%s → %s", (day, expected) => {
    expect(isOsloWorkingDay(day)).toBe(expected);
  });

  it.each(["2025-02-29", "2025-13-01", "2025-3-3", "03.03.2025", "", "2025-03-03T00:00"])("rejects %j", (day) => {
    expect(() => isOsloWorkingDay(day)).toThrow(RangeError);
  });

  it("a year has 365/366 − weekends − weekday holidays working days (2025: 252)", () => {
    let count = 0;
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 86_400_000) {
      if (isOsloWorkingDay(new Date(ms).toISOString().slice(0, 10))) count += 1;
    }
    // 261 weekdays in 2025; 9 holidays fall on weekdays (17 May is a Saturday, Easter and Whit Sunday are Sundays)
    expect(count).toBe(252);
  });
});

describe("osloDay", () => {
  it.each([
    ["2025-03-03T22:30:00Z", "2025-03-03"], // 23:30 Oslo (CET)
    ["2025-03-03T23:30:00Z", "2025-03-04"], // 00:30 Oslo, still 3 March in UTC
    ["2025-05-07T21:30:00Z", "2025-05-07"], // 23:30 Oslo (CEST)
    ["2025-05-07T22:30:00Z", "2025-05-08"], // 00:30 Oslo
    ["2025-10-26T00:30:00Z", "2025-10-26"], // 02:30 CEST, first of the two
    ["2025-10-26T01:30:00Z", "2025-10-26"], // 02:30 CET, second
  ])("%s → %s", (instant, day) => {
    expect(osloDay(new Date(instant))).toBe(day);
  });

  it("rejects an invalid Date", () => {
    expect(() => osloDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
