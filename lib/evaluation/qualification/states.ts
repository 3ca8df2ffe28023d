import type { BidStatus, TenderStatus } from "@/lib/generated/prisma/client";

/*
 * When a bid can be assessed or rejected — the commands' preconditions, and what the qualification page offers.
 * Assessment: until evaluation starts. Rejection (avvisning): until the award is proposed.
 */
const ASSESSABLE_TENDER: readonly TenderStatus[] = ["OPENED", "QUALIFICATION"];
const ASSESSABLE_BID: readonly BidStatus[] = ["OPENED", "QUALIFIED"];
const REJECTABLE_TENDER: readonly TenderStatus[] = ["OPENED", "QUALIFICATION", "EVALUATION"];
export const REJECTABLE_BID = ["OPENED", "QUALIFIED", "EVALUATED"] as const satisfies readonly BidStatus[];

export const tenderAssessable = (status: TenderStatus) => ASSESSABLE_TENDER.includes(status);
export const bidAssessable = (status: BidStatus) => ASSESSABLE_BID.includes(status);
export const tenderRejectable = (status: TenderStatus) => REJECTABLE_TENDER.includes(status);
export const bidRejectable = (status: BidStatus) => (REJECTABLE_BID as readonly BidStatus[]).includes(status);

/** Whether the bid can be assessed now, and whether it can be rejected now (the page shows those forms only). */
export const isAssessable = (bid: { status: BidStatus; tender: { status: TenderStatus } }) => tenderAssessable(bid.tender.status) && bidAssessable(bid.status);
export const isRejectable = (bid: { status: BidStatus; tender: { status: TenderStatus } }) => tenderRejectable(bid.tender.status) && bidRejectable(bid.status);
