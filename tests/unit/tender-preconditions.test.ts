import { describe, expect, it } from "vitest";

import { isClosedForBids } from "@/lib/tenders/closed";
import { acceptsBids, acceptsQuestions, amendmentRefusal, bidsRefusal, isAmendable, questionsRefusal } from "@/lib/tenders/preconditions";

/* The preconditions the commands explain refusals with and the pages show forms by: table-driven, at the boundaries. */
const T = new Date("2026-03-20T11:00:00.000Z");
const before = new Date(T.getTime() - 1);
const after = new Date(T.getTime() + 1);
const announced = new Date("2026-02-01T08:00:00.000Z");

describe("bids", () => {
  it.each([
    [{ status: "ANNOUNCED", deadline: T }, before, null],
    [{ status: "ANNOUNCED", deadline: T }, T, "deadlinePassed"],
    [{ status: "ANNOUNCED", deadline: T }, after, "deadlinePassed"],
    [{ status: "ANNOUNCED", deadline: null }, before, "notOpen"],
    [{ status: "DRAFT", deadline: T }, before, "notOpen"],
    [{ status: "OPENED", deadline: T }, after, "notOpen"],
  ] as const)("%o at %s → %s", (tender, now, refusal) => {
    expect(bidsRefusal(tender, now)).toBe(refusal);
    expect(acceptsBids(tender, now)).toBe(refusal === null);
    // "Closed for bids" is exactly the deadline refusal: announced, at or after the deadline.
    expect(isClosedForBids(tender, now)).toBe(refusal === "deadlinePassed");
  });
});

describe("questions", () => {
  it.each([
    [{ status: "ANNOUNCED", questionDeadline: T }, before, null],
    [{ status: "ANNOUNCED", questionDeadline: T }, T, "deadlinePassed"],
    [{ status: "ANNOUNCED", questionDeadline: null }, before, "deadlinePassed"],
    [{ status: "CANCELLED", questionDeadline: T }, before, "notOpen"],
  ] as const)("%o at %s → %s", (tender, now, refusal) => {
    expect(questionsRefusal(tender, now)).toBe(refusal);
    expect(acceptsQuestions(tender, now)).toBe(refusal === null);
  });
});

describe("amendments", () => {
  it.each([
    [{ status: "ANNOUNCED", announcedAt: announced, deadline: T }, before, null],
    [{ status: "ANNOUNCED", announcedAt: announced, deadline: T }, T, "deadlinePassed"],
    [{ status: "ANNOUNCED", announcedAt: null, deadline: T }, before, "notOpen"],
    [{ status: "ANNOUNCED", announcedAt: announced, deadline: null }, before, "notOpen"],
    [{ status: "OPENED", announcedAt: announced, deadline: T }, after, "notOpen"],
  ] as const)("%o at %s → %s", (tender, now, refusal) => {
    expect(amendmentRefusal(tender, now)).toBe(refusal);
    expect(isAmendable(tender, now)).toBe(refusal === null);
  });
});
