import { bidsRefusal } from "./preconditions";

/**
 * "Closed for bids" is derived from the clock, never stored (issue 11 § 1): an announced competition whose bid deadline
 * has passed takes no bids from that instant on — the same rule the bid commands judge in their write
 * (lib/tenders/preconditions bidsRefusal, lib/bids/deadline) — and every page shows it as closed. No job that may lag.
 * PURE: the caller passes `now` (getClock()).
 */
export function isClosedForBids(tender: { status: string; deadline: Date | null }, now: Date): boolean {
  return bidsRefusal(tender, now) === "deadlinePassed";
}

/** The message key for the status a page shows: "closed for bids" from the deadline on, else the stored status. */
export function tenderStatusKey(tender: { status: string; deadline: Date | null }, now: Date): string {
  return isClosedForBids(tender, now) ? "opening.closedForBids" : `tenderStatus.${tender.status}`;
}
