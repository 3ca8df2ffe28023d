import { isClosedForBids } from "@/lib/tenders/closed";

/**
 * Where a competition stands in its opening, for the pages (PURE: the caller passes `now`). The commands judge the
 * same in their transaction (opening/load.ts requireDeadlinePassed, confirmOpening): "requestable" from the bid
 * deadline on while nobody has asked; "awaiting_confirmation" once an opening is requested but not confirmed; "past"
 * once opened, or once the competition left ANNOUNCED otherwise (cancelled): nothing to open.
 */
export type OpeningStage = "not_due" | "requestable" | "awaiting_confirmation" | "past";

export function openingStage(tender: { status: string; deadline: Date | null; openedAt: Date | null; opening: { confirmedAt: Date | null } | null }, now: Date): OpeningStage {
  if (tender.openedAt !== null || tender.status !== "ANNOUNCED") return "past";
  if (tender.opening !== null && tender.opening.confirmedAt === null) return "awaiting_confirmation";
  return isClosedForBids(tender, now) && tender.opening === null ? "requestable" : "not_due";
}
