/** What the public, suppliers and officers see: the stored status, with "closed" derived from the response deadline. */
export type DialoguePhase = "DRAFT" | "OPEN" | "CLOSED" | "CONVERTED";

export function dialoguePhase(dialogue: { status: "DRAFT" | "PUBLISHED" | "CONVERTED"; responseDeadline: Date }, now: Date): DialoguePhase {
  if (dialogue.status !== "PUBLISHED") return dialogue.status;
  return now.getTime() < dialogue.responseDeadline.getTime() ? "OPEN" : "CLOSED";
}

/** Answers are taken strictly before the deadline: at the deadline instant it is closed. */
export function acceptsResponses(dialogue: { status: "DRAFT" | "PUBLISHED" | "CONVERTED"; responseDeadline: Date }, now: Date): boolean {
  return dialoguePhase(dialogue, now) === "OPEN";
}
