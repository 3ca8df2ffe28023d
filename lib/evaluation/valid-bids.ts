import type { BidStatus } from "@/lib/generated/prisma/client";

/**
 * The bids in the evaluation: qualified at qualification (OPEN's step) and, once proposed, EVALUATED. A REJECTED bid
 * leaves the evaluation but stays in the protocol; withdrawn and late ones were never in it.
 */
export const VALID_BID_STATUSES: readonly BidStatus[] = ["QUALIFIED", "EVALUATED"];
