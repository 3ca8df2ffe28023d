import type { BidStatus } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";

/** Bids received: submitted in time and not withdrawn, in whatever state the evaluation has put them since. */
export const RECEIVED_BID_STATUSES = ["SUBMITTED", "OPENED", "REJECTED", "QUALIFIED", "EVALUATED", "AWARDED", "NOT_AWARDED"] as const satisfies readonly BidStatus[];

/**
 * Fixes Tender.bidderCount — how many organisations' bids were received — at opening, in the opening transaction:
 * from then on the received bids never change (rejection does not un-receive a bid), so the competition figures read
 * one column instead of counting a million bids.
 */
export async function recordBidderCounts(db: DbOrTx, tenderIds: readonly string[]): Promise<void> {
  if (tenderIds.length === 0) return;
  await db.$executeRaw`
    UPDATE "Tender" t SET "bidderCount" = (
      SELECT COUNT(DISTINCT b."supplierId")::int FROM "Bid" b
      WHERE b."tenderId" = t."id" AND b."status"::text = ANY(${[...RECEIVED_BID_STATUSES]}::text[])
    ) WHERE t."id" = ANY(${[...tenderIds]}::text[])`;
}
