import { describe, expect, it } from "vitest";

import { acceptsResponses, dialoguePhase, RESPONSE_MAX_LENGTH, ZCreateDialogueInput, ZRespondInput } from "@/lib/dialogues";

const base = { title: "Oppfølging i Oslo", description: "Planlagt kjøp.", measureTypeId: "m1", regionId: "r1", responseDeadline: "14.04.2026 kl. 12:00" };
const issues = (input: Record<string, unknown>) => {
  const parsed = ZCreateDialogueInput.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("ZCreateDialogueInput", () => {
  it("parses Oslo times and the planned date; optional fields may be left out or empty", () => {
    const parsed = ZCreateDialogueInput.parse({ ...base, meetingAt: "20.03.2026 13:30", meetingPlace: " Økernveien 94 ", plannedAnnouncement: "01.06.2026" });
    expect(parsed.responseDeadline?.toISOString()).toBe("2026-04-14T10:00:00.000Z");
    expect(parsed.meetingAt?.toISOString()).toBe("2026-03-20T12:30:00.000Z");
    expect(parsed.meetingPlace).toBe("Økernveien 94");
    expect(parsed.plannedAnnouncement?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(ZCreateDialogueInput.parse(base)).toMatchObject({ meetingAt: null, meetingPlace: "", plannedAnnouncement: null });
    expect(ZCreateDialogueInput.parse({ ...base, meetingAt: "", plannedAnnouncement: "" })).toMatchObject({ meetingAt: null, plannedAnnouncement: null });
  });

  it("field errors are message keys", () => {
    expect(issues({ ...base, title: "x" })).toEqual({ title: "errors.field.titleTooShort" });
    expect(issues({ ...base, description: " " })).toEqual({ description: "dialogue.errors.descriptionRequired" });
    expect(issues({ ...base, responseDeadline: "" })).toEqual({ responseDeadline: "dialogue.errors.responseDeadlineRequired" });
    expect(issues({ ...base, responseDeadline: "14/04/2026" })).toEqual({ responseDeadline: "errors.time.format" });
    expect(issues({ ...base, responseDeadline: "29.03.2026 02:30" })).toEqual({ responseDeadline: "errors.time.nonexistent" });
    expect(issues({ ...base, plannedAnnouncement: "31.02.2026" })).toEqual({ plannedAnnouncement: "dialogue.errors.dateFormat" });
    expect(issues({ ...base, title: "Tittel\u0000" })).toEqual({ title: "errors.field.controlCharacters" });
  });

  it("a meeting has both time and place, and lies before the deadline; the planned announcement not before it", () => {
    expect(issues({ ...base, meetingAt: "20.03.2026 13:30" })).toEqual({ meetingPlace: "dialogue.errors.meetingPlaceRequired" });
    expect(issues({ ...base, meetingPlace: "Teams" })).toEqual({ meetingAt: "dialogue.errors.meetingAtRequired" });
    expect(issues({ ...base, meetingAt: "15.04.2026 09:00", meetingPlace: "Teams" })).toEqual({ meetingAt: "dialogue.errors.meetingAfterDeadline" });
    expect(issues({ ...base, plannedAnnouncement: "13.04.2026" })).toEqual({ plannedAnnouncement: "dialogue.errors.plannedBeforeDeadline" });
    expect(issues({ ...base, plannedAnnouncement: "14.04.2026" })).toEqual({});
    // 00:30 Oslo on 15 April is 22:30 UTC on the 14th: the Oslo day counts.
    expect(issues({ ...base, responseDeadline: "15.04.2026 00:30", plannedAnnouncement: "14.04.2026" })).toEqual({ plannedAnnouncement: "dialogue.errors.plannedBeforeDeadline" });
  });
});

describe("ZRespondInput", () => {
  const answer = { dialogueId: "d1", supplierId: "s1", text: "Vi kan levere." };
  it("takes text up to the limit and the interest checkbox as a form or JSON value", () => {
    expect(ZRespondInput.parse({ ...answer, interested: "on" }).interested).toBe(true);
    expect(ZRespondInput.parse({ ...answer, interested: true }).interested).toBe(true);
    expect(ZRespondInput.parse(answer).interested).toBe(false);
    expect(ZRespondInput.safeParse({ ...answer, text: "x".repeat(RESPONSE_MAX_LENGTH) }).success).toBe(true);
    expect(ZRespondInput.safeParse({ ...answer, text: "x".repeat(RESPONSE_MAX_LENGTH + 1) }).error?.issues[0]?.message).toBe("dialogue.errors.responseTooLong");
    expect(ZRespondInput.safeParse({ ...answer, text: "   " }).error?.issues[0]?.message).toBe("dialogue.errors.responseRequired");
    expect(ZRespondInput.safeParse({ ...answer, text: 42 }).error?.issues[0]?.message).toBe("dialogue.errors.responseRequired");
  });
});

describe("dialoguePhase", () => {
  const deadline = new Date("2026-04-14T10:00:00Z");
  it("closed is derived: open strictly before the deadline, closed at it", () => {
    expect(dialoguePhase({ status: "PUBLISHED", responseDeadline: deadline }, new Date(deadline.getTime() - 1))).toBe("OPEN");
    expect(dialoguePhase({ status: "PUBLISHED", responseDeadline: deadline }, deadline)).toBe("CLOSED");
    expect(dialoguePhase({ status: "DRAFT", responseDeadline: deadline }, new Date(0))).toBe("DRAFT");
    expect(dialoguePhase({ status: "CONVERTED", responseDeadline: deadline }, new Date(0))).toBe("CONVERTED");
    expect(acceptsResponses({ status: "CONVERTED", responseDeadline: deadline }, new Date(0))).toBe(false);
  });
});
