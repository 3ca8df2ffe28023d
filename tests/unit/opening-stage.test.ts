import { describe, expect, it } from "vitest";

import { openingStage } from "@/lib/evaluation/opening/stage";

const deadline = new Date("2026-03-02T11:00:00Z");
const announced = { status: "ANNOUNCED", deadline, openedAt: null, opening: null };

describe("openingStage", () => {
  it("is not due before the deadline, requestable at it (the bid rule: at the deadline, closed)", () => {
    expect(openingStage(announced, new Date(deadline.getTime() - 1))).toBe("not_due");
    expect(openingStage(announced, deadline)).toBe("requestable");
  });

  it("awaits confirmation once requested, and is past once the competition has left ANNOUNCED", () => {
    expect(openingStage({ ...announced, opening: { confirmedAt: null } }, deadline)).toBe("awaiting_confirmation");
    expect(openingStage({ ...announced, status: "OPENED", openedAt: deadline, opening: { confirmedAt: deadline } }, deadline)).toBe("past");
    expect(openingStage({ ...announced, status: "CANCELLED" }, deadline)).toBe("past");
  });
});
