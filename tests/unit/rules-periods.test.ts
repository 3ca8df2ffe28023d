import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { earliestTenderDeadline, isOsloWorkingDay, osloDay, periodEnd, standstillEndsAt } from "@/lib/rules";
import { formatOslo, startOfOsloDay } from "@/lib/time";

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe("the issue's test vectors (domain.md §4.3, §4.5)", () => {
  it("notice sent Mon 3 March 2025, 30 days: no deadline before 3 April 2025 00:00 Oslo", () => {
    const earliest = earliestTenderDeadline(at("2025-03-03T10:00:00Z"), 30);
    expect(iso(earliest)).toBe("2025-04-02T22:00:00.000Z");
    expect(formatOslo(earliest, "dd.MM.yyyy HH:mm")).toBe("03.04.2025 00:00");
  });

  it("decision sent Wed 7 May 2025: day 10 is 17 May (Saturday, national day), signing from Tue 20 May 00:00 Oslo", () => {
    const end = standstillEndsAt(at("2025-05-07T10:00:00Z"));
    expect(iso(end)).toBe("2025-05-19T22:00:00.000Z");
    expect(formatOslo(end, "EEE dd.MM.yyyy HH:mm")).toBe("Tue 20.05.2025 00:00");
  });
});

describe("periodEnd", () => {
  it.each([
    // event (UTC), days, end (UTC), what it shows
    ["2025-03-04T09:00:00Z", 1, "2025-03-05T23:00:00.000Z", "one day: the end of the next day"],
    ["2025-03-07T09:00:00Z", 1, "2025-03-10T23:00:00.000Z", "Friday + 1 = Saturday → Monday"],
    // Easter 2025 (17–21 April)
    ["2025-04-07T08:00:00Z", 10, "2025-04-22T22:00:00.000Z", "day 10 = Maundy Thursday → Tuesday 22 April"],
    ["2025-04-16T08:00:00Z", 1, "2025-04-22T22:00:00.000Z", "Wednesday before Easter + 1"],
    ["2025-04-12T08:00:00Z", 10, "2025-04-22T22:00:00.000Z", "day 10 = Tuesday after Easter Monday"],
    // Easter 2026 (2–6 April)
    ["2026-03-23T08:00:00Z", 10, "2026-04-07T22:00:00.000Z", "day 10 = Maundy Thursday 2026 → Tuesday 7 April"],
    ["2026-03-27T08:00:00Z", 10, "2026-04-07T22:00:00.000Z", "day 10 = Easter Monday 2026"],
    // Ascension
    ["2025-05-19T08:00:00Z", 10, "2025-05-30T22:00:00.000Z", "day 10 = Ascension 29 May 2025 → Friday"],
    ["2026-05-04T08:00:00Z", 10, "2026-05-15T22:00:00.000Z", "day 10 = Ascension 14 May 2026 → Friday"],
    // Whitsun
    ["2025-05-30T08:00:00Z", 10, "2025-06-10T22:00:00.000Z", "day 10 = Whit Monday 9 June 2025"],
    ["2025-05-29T08:00:00Z", 10, "2025-06-10T22:00:00.000Z", "day 10 = Whit Sunday 8 June 2025"],
    ["2026-05-15T08:00:00Z", 10, "2026-05-26T22:00:00.000Z", "day 10 = Whit Monday 25 May 2026"],
    // 1 and 17 May
    ["2025-04-21T08:00:00Z", 10, "2025-05-02T22:00:00.000Z", "day 10 = 1 May 2025 (Thursday)"],
    ["2026-05-07T08:00:00Z", 10, "2026-05-18T22:00:00.000Z", "day 10 = 17 May 2026 (Sunday)"],
    // Christmas and New Year, CET
    ["2025-12-15T08:00:00Z", 10, "2025-12-29T23:00:00.000Z", "day 10 = Christmas Day 2025 → Monday 29 Dec"],
    ["2025-12-14T08:00:00Z", 10, "2025-12-24T23:00:00.000Z", "day 10 = Christmas Eve, a working day"],
    ["2025-12-22T08:00:00Z", 10, "2026-01-02T23:00:00.000Z", "day 10 = New Year's Day 2026 → Friday 2 Jan"],
    ["2026-12-15T08:00:00Z", 10, "2026-12-28T23:00:00.000Z", "day 10 = Christmas Day 2026 (Friday) → Monday 28 Dec"],
    // DST starts 30 March 2025 (CET → CEST)
    ["2025-03-18T08:00:00Z", 10, "2025-03-28T23:00:00.000Z", "ends at 00:00 CET on the Saturday before the switch"],
    ["2025-03-20T08:00:00Z", 10, "2025-03-31T22:00:00.000Z", "day 10 = DST day (Sunday) → Monday, ends 00:00 CEST"],
    ["2025-03-30T00:30:00Z", 1, "2025-03-31T22:00:00.000Z", "event on DST day 01:30 CET"],
    ["2025-03-30T22:30:00Z", 1, "2025-04-01T22:00:00.000Z", "event at 00:30 CEST on 31 March"],
    // DST ends 26 October 2025 (CEST → CET)
    ["2025-10-14T08:00:00Z", 10, "2025-10-24T22:00:00.000Z", "ends at 00:00 CEST on the Saturday before the switch"],
    ["2025-10-16T08:00:00Z", 10, "2025-10-27T23:00:00.000Z", "day 10 = DST day (Sunday) → Monday, ends 00:00 CET"],
    ["2025-10-26T00:30:00Z", 1, "2025-10-27T23:00:00.000Z", "event at the first 02:30 (CEST)"],
    ["2025-10-26T01:30:00Z", 1, "2025-10-27T23:00:00.000Z", "event at the second 02:30 (CET)"],
    // 2026 switches: 29 March and 25 October
    ["2026-03-17T08:00:00Z", 10, "2026-03-27T23:00:00.000Z", "2026, before the spring switch"],
    ["2026-03-19T08:00:00Z", 10, "2026-03-30T22:00:00.000Z", "2026, day 10 = DST day"],
    ["2026-10-13T08:00:00Z", 10, "2026-10-23T22:00:00.000Z", "2026, before the autumn switch"],
    ["2026-10-15T08:00:00Z", 10, "2026-10-26T23:00:00.000Z", "2026, day 10 = DST day"],
  ])("%s + %i days → %s (%s)", (event, days, end) => {
    expect(iso(periodEnd(at(event), days))).toBe(end);
  });

  describe("the Oslo calendar day of the event decides, not the UTC day", () => {
    it.each([
      ["2025-03-03T22:30:00Z", "23:30 Oslo on 3 March", "2025-04-02T22:00:00.000Z"],
      ["2025-03-03T22:59:59.999Z", "23:59:59.999 Oslo on 3 March", "2025-04-02T22:00:00.000Z"],
      ["2025-03-03T23:00:00Z", "00:00 Oslo on 4 March (UTC: 3 March)", "2025-04-03T22:00:00.000Z"],
      ["2025-03-03T23:30:00Z", "00:30 Oslo on 4 March (UTC: 3 March)", "2025-04-03T22:00:00.000Z"],
      ["2025-03-02T23:30:00Z", "00:30 Oslo on 3 March (UTC: 2 March)", "2025-04-02T22:00:00.000Z"],
    ])("notice at %s (%s), 30 days → %s", (event, _label, end) => {
      expect(iso(earliestTenderDeadline(at(event), 30))).toBe(end);
    });

    it.each([
      ["2025-05-07T21:30:00Z", "23:30 CEST on Wed 7 May", "2025-05-08T22:00:00.000Z"],
      ["2025-05-07T22:30:00Z", "00:30 CEST on Thu 8 May", "2025-05-09T22:00:00.000Z"],
    ])("summer: event at %s (%s), 1 day → %s", (event, _label, end) => {
      expect(iso(periodEnd(at(event), 1))).toBe(end);
    });

    it("a standstill from a decision sent 23:30 Oslo on Wed 7 May 2025 still ends 20 May 00:00", () => {
      expect(iso(standstillEndsAt(at("2025-05-07T21:30:00Z")))).toBe("2025-05-19T22:00:00.000Z");
    });
  });

  it("standstillEndsAt takes another length", () => {
    // 15 days from Wed 7 May 2025 = Thu 22 May
    expect(iso(standstillEndsAt(at("2025-05-07T10:00:00Z"), 15))).toBe("2025-05-22T22:00:00.000Z");
  });

  it.each([0, -1, 1.5, Number.NaN, Infinity])("rejects %s days", (days) => {
    expect(() => periodEnd(at("2025-03-03T10:00:00Z"), days)).toThrow(RangeError);
  });

  it("rejects an invalid instant", () => {
    expect(() => periodEnd(new Date("nonsense"), 10)).toThrow(RangeError);
  });
});

describe("periodEnd properties", () => {
  const instant = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true });
  const days = fc.integer({ min: 1, max: 120 });
  const DAY = 86_400_000;
  const dayAfter = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * DAY).toISOString().slice(0, 10);

  it("ends at 00:00 Oslo, right after a working day that is the first working day from the nominal last day", () => {
    fc.assert(
      fc.property(instant, days, (event, n) => {
        const end = periodEnd(event, n);
        expect(startOfOsloDay(end).getTime()).toBe(end.getTime());
        const lastDay = osloDay(new Date(end.getTime() - 1));
        expect(isOsloWorkingDay(lastDay)).toBe(true);
        const nominal = dayAfter(osloDay(event), n);
        expect(lastDay >= nominal).toBe(true);
        for (let day = nominal; day < lastDay; day = dayAfter(day, 1)) expect(isOsloWorkingDay(day)).toBe(false);
      }),
    );
  });

  it("is monotonic in the number of days and in the event instant", () => {
    fc.assert(
      fc.property(instant, instant, days, days, (a, b, m, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const [few, many] = m <= n ? [m, n] : [n, m];
        expect(periodEnd(early, few).getTime()).toBeLessThanOrEqual(periodEnd(early, many).getTime());
        expect(periodEnd(early, few).getTime()).toBeLessThanOrEqual(periodEnd(late, few).getTime());
      }),
    );
  });

  it("depends only on the event's Oslo day, and the end lies more than `days` days after the event", () => {
    fc.assert(
      fc.property(instant, days, (event, n) => {
        const end = periodEnd(event, n);
        expect(periodEnd(startOfOsloDay(event), n).getTime()).toBe(end.getTime());
        expect(end.getTime() - event.getTime()).toBeGreaterThan(n * DAY - 2 * 3_600_000);
      }),
    );
  });

  it("standstillEndsAt and earliestTenderDeadline are periodEnd", () => {
    fc.assert(
      fc.property(instant, days, (event, n) => {
        expect(standstillEndsAt(event).getTime()).toBe(periodEnd(event, 10).getTime());
        expect(standstillEndsAt(event, n).getTime()).toBe(periodEnd(event, n).getTime());
        expect(earliestTenderDeadline(event, n).getTime()).toBe(periodEnd(event, n).getTime());
      }),
    );
  });
});
