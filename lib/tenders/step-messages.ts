/**
 * The steps whose panel goes away once taken (submit, approve, send back, announce, cancel): the action redirects
 * with `?done=<step>` and the page says what happened, since the form that would have said it is gone.
 */
export const STEP_MESSAGES = {
  submitted: "tender.submitted",
  approved: "tender.approved",
  sentBack: "tender.sentBack",
  announced: "tender.announcedMessage",
  cancelled: "tender.cancelledMessage",
} as const;

export type StepDone = keyof typeof STEP_MESSAGES;

export function isStepDone(value: unknown): value is StepDone {
  return typeof value === "string" && Object.hasOwn(STEP_MESSAGES, value);
}
