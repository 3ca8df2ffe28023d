import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { TenderStatus as PrismaTenderStatus } from "@/lib/generated/prisma/enums";
import {
  CANCELLABLE_STATUSES,
  REASON_EVENTS,
  TENDER_EVENTS,
  TENDER_STATUSES,
  TRANSITIONS,
  checkTransition,
  eventsFrom,
  isAllowed,
  isTerminal,
  needsReason,
  nextStatus,
  type TenderEvent,
  type TenderStatus,
} from "@/lib/tenders/transitions";

/** The expected machine, written out independently of the module's table: [from, event, to, needs a reason]. */
const LEGAL: readonly (readonly [TenderStatus, TenderEvent, TenderStatus, boolean])[] = [
  ["DRAFT", "approve", "READY", false],
  ["READY", "sendBack", "DRAFT", true],
  ["READY", "announce", "ANNOUNCED", false],
  ["ANNOUNCED", "open", "OPENED", false],
  ["OPENED", "startQualification", "QUALIFICATION", false],
  ["QUALIFICATION", "startEvaluation", "EVALUATION", false],
  ["EVALUATION", "startNegotiation", "NEGOTIATION", false],
  ["NEGOTIATION", "endNegotiation", "EVALUATION", false],
  ["EVALUATION", "proposeAward", "AWARD_PROPOSED", false],
  ["AWARD_PROPOSED", "rejectProposal", "EVALUATION", true],
  ["AWARD_PROPOSED", "decideAward", "AWARD_DECIDED", false],
  ["AWARD_DECIDED", "startStandstill", "STANDSTILL", false],
  ["STANDSTILL", "signContract", "CONTRACT_SIGNED", false],
  ["AWARD_DECIDED", "signContract", "CONTRACT_SIGNED", true],
  ["AWARD_DECIDED", "reopenEvaluation", "EVALUATION", true],
  ["STANDSTILL", "reopenEvaluation", "EVALUATION", true],
  ["CONTRACT_SIGNED", "publishAwardNotice", "AWARD_NOTICE_PUBLISHED", false],
  ["AWARD_NOTICE_PUBLISHED", "activate", "ACTIVE", false],
  ["ACTIVE", "expire", "EXPIRED", false],
  ["ACTIVE", "terminate", "TERMINATED", true],
  ["DRAFT", "cancel", "CANCELLED", true],
  ["READY", "cancel", "CANCELLED", true],
  ["ANNOUNCED", "cancel", "CANCELLED", true],
  ["OPENED", "cancel", "CANCELLED", true],
  ["QUALIFICATION", "cancel", "CANCELLED", true],
  ["EVALUATION", "cancel", "CANCELLED", true],
  ["NEGOTIATION", "cancel", "CANCELLED", true],
  ["AWARD_PROPOSED", "cancel", "CANCELLED", true],
  ["AWARD_DECIDED", "cancel", "CANCELLED", true],
  ["STANDSTILL", "cancel", "CANCELLED", true],
];

const isLegal = (from: TenderStatus, event: TenderEvent) => LEGAL.some(([f, e]) => f === from && e === event);
const ILLEGAL = TENDER_STATUSES.flatMap((from) => TENDER_EVENTS.filter((event) => !isLegal(from, event)).map((event) => [from, event] as const));

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, nothing was thrown");
}

describe("the statuses", () => {
  it("are exactly the Prisma TenderStatus enum, in schema order", () => {
    expect([...TENDER_STATUSES]).toEqual(Object.values(PrismaTenderStatus));
  });

  it("the module's table is exactly the expected one (no extra, none missing)", () => {
    const actual = TRANSITIONS.map((t) => [t.from, t.event, t.to, t.needsReason]);
    expect(actual).toHaveLength(LEGAL.length);
    expect(actual).toEqual(expect.arrayContaining(LEGAL.map((row) => [...row])));
    expect(new Set(TRANSITIONS.map((t) => `${t.from}:${t.event}`)).size, "(from, event) is unique").toBe(TRANSITIONS.length);
  });
});

describe("legal transitions", () => {
  it.each(LEGAL)("%s --%s--> %s (reason required: %s)", (from, event, to, reason) => {
    expect(isAllowed(from, event)).toBe(true);
    expect(nextStatus(from, event)).toBe(to);
    expect(eventsFrom(from)).toContain(event);
    expect(needsReason(from, event)).toBe(reason);
    expect(checkTransition(from, event, "Begrunnelse")).toBe(to);
    if (!reason) expect(checkTransition(from, event)).toBe(to);
  });
});

describe("illegal transitions", () => {
  it("cover the rest of the cartesian product", () => {
    expect(ILLEGAL.length + LEGAL.length).toBe(TENDER_STATUSES.length * TENDER_EVENTS.length);
  });

  it.each(ILLEGAL)("%s --%s--> throws INVALID_STATE", (from, event) => {
    expect(isAllowed(from, event)).toBe(false);
    expect(eventsFrom(from)).not.toContain(event);
    expect(needsReason(from, event)).toBe(false);
    for (const attempt of [() => nextStatus(from, event), () => checkTransition(from, event, "Begrunnelse")]) {
      const error = thrown(attempt);
      expect(error.code).toBe("INVALID_STATE");
      expect(error.messageKey).toBe("errors.tender.transition");
      expect(error.details).toEqual({ from, event });
    }
  });
});

describe("reasons", () => {
  it("are needed for cancel, sendBack, rejectProposal, terminate and skipping the standstill", () => {
    expect([...REASON_EVENTS].sort()).toEqual(["cancel", "rejectProposal", "reopenEvaluation", "sendBack", "signContract", "terminate"]);
    expect(needsReason("AWARD_DECIDED", "signContract")).toBe(true);
    expect(needsReason("STANDSTILL", "signContract")).toBe(false);
  });

  it.each(LEGAL.filter(([, , , reason]) => reason))("%s --%s--> without a reason is a VALIDATION error on the reason field", (from, event) => {
    for (const reason of [undefined, null, "", "   \n"]) {
      const error = thrown(() => checkTransition(from, event, reason));
      expect(error.code).toBe("VALIDATION");
      expect(error.messageKey).toBe("errors.tender.reasonRequired");
      expect(error.details?.fieldErrors).toEqual({ reason: ["errors.tender.reasonRequired"] });
    }
  });
});

describe("the shape of the lifecycle", () => {
  const beforeContract = TENDER_STATUSES.slice(0, TENDER_STATUSES.indexOf("CONTRACT_SIGNED"));

  it("CANCELLED is reachable from exactly the states before CONTRACT_SIGNED", () => {
    const into = TRANSITIONS.filter((t) => t.to === "CANCELLED");
    expect(into.every((t) => t.event === "cancel")).toBe(true);
    expect(into.map((t) => t.from).sort()).toEqual([...beforeContract].sort());
    expect([...CANCELLABLE_STATUSES].sort()).toEqual([...beforeContract].sort());
    for (const status of TENDER_STATUSES) expect(isAllowed(status, "cancel")).toBe(beforeContract.includes(status));
  });

  it("EXPIRED, TERMINATED and CANCELLED are terminal, and nothing else is", () => {
    expect(TENDER_STATUSES.filter(isTerminal)).toEqual(["EXPIRED", "TERMINATED", "CANCELLED"]);
    for (const status of ["EXPIRED", "TERMINATED", "CANCELLED"] as const) expect(eventsFrom(status)).toEqual([]);
  });

  it("from CONTRACT_SIGNED on, the only way is forward: one step each, then expire or terminate", () => {
    expect(eventsFrom("CONTRACT_SIGNED")).toEqual(["publishAwardNotice"]);
    expect(eventsFrom("AWARD_NOTICE_PUBLISHED")).toEqual(["activate"]);
    expect(eventsFrom("ACTIVE")).toEqual(["expire", "terminate"]);
  });

  it("every status is reachable from DRAFT", () => {
    const seen = new Set<TenderStatus>(["DRAFT"]);
    for (let frontier: TenderStatus[] = ["DRAFT"]; frontier.length > 0; ) {
      frontier = frontier.flatMap((status) => TRANSITIONS.filter((t) => t.from === status && !seen.has(t.to)).map((t) => t.to));
      frontier.forEach((status) => seen.add(status));
    }
    expect([...seen].sort()).toEqual([...TENDER_STATUSES].sort());
  });

  it("every event is used and no transition stays in place", () => {
    expect(new Set(TRANSITIONS.map((t) => t.event))).toEqual(new Set(TENDER_EVENTS));
    expect(TRANSITIONS.filter((t) => t.from === t.to)).toEqual([]);
  });
});
