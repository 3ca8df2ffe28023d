import { describe, expect, it } from "vitest";
import { Procedure as PrismaProcedure } from "@/lib/generated/prisma/enums";
import {
  allowedProcedures, earliestBidDeadline, isProcedureAllowed, minimumTenderDays, periodEnd, PROCEDURES, REGIMES,
  type Procedure, type Regime,
} from "@/lib/rules";

describe("allowedProcedures", () => {
  it("uses exactly the Prisma Procedure enum's values", () => {
    expect([...PROCEDURES].sort()).toEqual(Object.values(PrismaProcedure).sort());
  });

  it.each([
    ["EXEMPT", ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE"]],
    ["PART_I", ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE"]],
    ["PART_II", ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE"]],
    ["PART_III", ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE", "COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP"]],
    ["PART_IV", ["LIGHT_REGIME", "OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE", "COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP"]],
  ] as const)("%s → %j", (regime, expected) => {
    expect(allowedProcedures(regime)).toEqual(expected);
    for (const procedure of PROCEDURES) expect(isProcedureAllowed(regime, procedure)).toBe((expected as readonly string[]).includes(procedure));
  });

  it("the light regime is ch. 30 only", () => {
    expect(REGIMES.filter((regime) => isProcedureAllowed(regime, "LIGHT_REGIME"))).toEqual(["PART_IV"]);
  });

  it("hands out a copy", () => {
    allowedProcedures("PART_III").push("LIGHT_REGIME");
    expect(allowedProcedures("PART_III")).not.toContain("LIGHT_REGIME");
  });
});

describe("minimumTenderDays (domain.md §4.3)", () => {
  it.each([
    // Part III, open: tenders after the notice
    ["OPEN", {}, 30],
    ["OPEN", { electronicSubmission: false }, 35],
    ["OPEN", { priorInformationNotice: true }, 15],
    ["OPEN", { urgency: true }, 15],
    ["OPEN", { urgency: true, electronicSubmission: false }, 15],
    // restricted: requests after the notice, tenders after the invitation
    ["RESTRICTED", {}, 30],
    ["RESTRICTED", { from: "notice" }, 30],
    ["RESTRICTED", { urgency: true }, 15],
    ["RESTRICTED", { priorInformationNotice: true }, 30],
    ["RESTRICTED", { from: "invitation" }, 25],
    ["RESTRICTED", { from: "invitation", electronicSubmission: false }, 30],
    ["RESTRICTED", { from: "invitation", urgency: true }, 10],
    ["RESTRICTED", { from: "invitation", priorInformationNotice: true }, 10],
    // negotiated with notice: as restricted
    ["NEGOTIATED_WITH_NOTICE", {}, 30],
    ["NEGOTIATED_WITH_NOTICE", { urgency: true }, 15],
    ["NEGOTIATED_WITH_NOTICE", { from: "invitation" }, 25],
    ["NEGOTIATED_WITH_NOTICE", { from: "invitation", urgency: true }, 10],
    // competitive dialogue, innovation partnership: 30 for requests, nothing fixed after that
    ["COMPETITIVE_DIALOGUE", {}, 30],
    ["COMPETITIVE_DIALOGUE", { urgency: true }, 30],
    ["COMPETITIVE_DIALOGUE", { from: "invitation" }, null],
    ["INNOVATION_PARTNERSHIP", {}, 30],
    ["INNOVATION_PARTNERSHIP", { from: "invitation" }, null],
  ] as const)("Part III, %s, %j → %s", (procedure, options, expected) => {
    expect(minimumTenderDays("PART_III", procedure, options)).toBe(expected);
  });

  it("Part I, II, IV and exempt purchases have no fixed minimum, only a reasonable one", () => {
    for (const regime of ["EXEMPT", "PART_I", "PART_II", "PART_IV"] as const) {
      for (const procedure of allowedProcedures(regime)) {
        expect(minimumTenderDays(regime, procedure)).toBeNull();
        expect(minimumTenderDays(regime, procedure, { urgency: true, electronicSubmission: false })).toBeNull();
      }
    }
  });

  it.each([
    ["PART_III", "LIGHT_REGIME", {}],
    ["PART_II", "COMPETITIVE_DIALOGUE", {}],
    ["PART_III", "OPEN", { from: "invitation" }],
    ["PART_IV", "LIGHT_REGIME", { from: "invitation" }],
  ] as const)("refuses %s with %s %j", (regime, procedure, options) => {
    expect(() => minimumTenderDays(regime as Regime, procedure as Procedure, options)).toThrow(RangeError);
  });
});

describe("earliestBidDeadline", () => {
  const notice = new Date("2025-03-03T10:00:00Z"); // Mon 3 March 2025

  it("Part III open: the issue's vector, 3 April 2025 00:00 Oslo", () => {
    expect(earliestBidDeadline(notice, "PART_III", "OPEN")?.toISOString()).toBe("2025-04-02T22:00:00.000Z");
  });

  it("Part III open without e-submission: 35 days, day 35 = Mon 7 April → 8 April 00:00 Oslo", () => {
    expect(earliestBidDeadline(notice, "PART_III", "OPEN", { electronicSubmission: false })?.toISOString()).toBe("2025-04-07T22:00:00.000Z");
  });

  it("Part III restricted, tenders 25 days after an invitation sent Thu 27 March 2025: day 25 = Mon 21 April (Easter) → 23 April 00:00", () => {
    const invitation = new Date("2025-03-27T09:00:00Z");
    expect(earliestBidDeadline(invitation, "PART_III", "RESTRICTED", { from: "invitation" })?.toISOString()).toBe("2025-04-22T22:00:00.000Z");
  });

  it("matches periodEnd with minimumTenderDays wherever there is a minimum, null elsewhere", () => {
    for (const regime of REGIMES) {
      for (const procedure of allowedProcedures(regime)) {
        const days = minimumTenderDays(regime, procedure);
        const deadline = earliestBidDeadline(notice, regime, procedure);
        expect(deadline?.getTime() ?? null).toBe(days === null ? null : periodEnd(notice, days).getTime());
      }
    }
    expect(earliestBidDeadline(notice, "PART_IV", "LIGHT_REGIME")).toBeNull();
  });
});
