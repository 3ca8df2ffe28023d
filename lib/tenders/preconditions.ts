import { isBeforeDeadline } from "@/lib/rules/bid-deadline";

/*
 * When a competition takes bids, questions or amendments — one statement of each precondition, judged by the commands
 * (to explain a refusal; their guarded writes still judge the same condition in SQL, so there is no gap) and by the
 * pages (to show a form or not). PURE: the caller passes `now` (getClock()).
 */

/** "notOpen": not announced (or no deadline); "deadlinePassed": at or after it; null: it is open. */
export type Refusal = "notOpen" | "deadlinePassed" | null;

/** Bids are received strictly before the bid deadline of an announced competition (lib/rules/bid-deadline). */
export function bidsRefusal(tender: { status: string; deadline: Date | null }, now: Date): Refusal {
  if (tender.status !== "ANNOUNCED" || tender.deadline === null) return "notOpen";
  return isBeforeDeadline(now, tender.deadline) ? null : "deadlinePassed";
}

export function acceptsBids(tender: { status: string; deadline: Date | null }, now: Date): boolean {
  return bidsRefusal(tender, now) === null;
}

/** Questions are asked on an announced competition strictly before its question deadline (none set: none asked). */
export function questionsRefusal(tender: { status: string; questionDeadline: Date | null }, now: Date): Refusal {
  if (tender.status !== "ANNOUNCED") return "notOpen";
  return tender.questionDeadline !== null && now < tender.questionDeadline ? null : "deadlinePassed";
}

export function acceptsQuestions(tender: { status: string; questionDeadline: Date | null }, now: Date): boolean {
  return questionsRefusal(tender, now) === null;
}

interface AmendableFields { status: string; announcedAt: Date | null; deadline: Date | null }

/** An announced competition is amended (rettelse) only before its bid deadline. */
export function amendmentRefusal(tender: AmendableFields, now: Date): Refusal {
  if (tender.status !== "ANNOUNCED" || tender.announcedAt === null || tender.deadline === null) return "notOpen";
  return tender.deadline > now ? null : "deadlinePassed";
}

export function isAmendable<T extends AmendableFields>(tender: T, now: Date): tender is T & { announcedAt: Date; deadline: Date } {
  return amendmentRefusal(tender, now) === null;
}
