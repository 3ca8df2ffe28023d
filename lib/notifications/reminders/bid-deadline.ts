import type { Db } from "@/lib/db";
import { portalTender } from "@/lib/routes";

import type { DueReminder } from "./types";

const DAY_MS = 24 * 60 * 60_000;
/** The reminders before a bid deadline, furthest first: each is due from `days` before until the next one is. */
const BEFORE_DEADLINE_DAYS = [7, 1] as const;

/**
 * Organisations with a draft bid, or with registered interest and no bid yet, in an announced competition whose
 * deadline is 7 days (then 1 day) away. The key holds the deadline, so a correction that moves it earns new reminders.
 * When the worker was down over the 7-day point and wakes inside the last day, only the 1-day reminder is sent.
 */
export async function bidDeadlineReminders(db: Db, now: Date): Promise<DueReminder[]> {
  const tenders = await db.tender.findMany({
    where: { status: "ANNOUNCED", deadline: { gt: now, lte: new Date(now.getTime() + BEFORE_DEADLINE_DAYS[0] * DAY_MS) } },
    select: {
      id: true, reference: true, title: true, deadline: true,
      bidDrafts: { select: { supplierId: true } },
      interests: { select: { supplierId: true } },
      bids: { where: { status: { not: "DRAFT" } }, select: { supplierId: true, status: true } },
    },
  });
  return tenders.flatMap((tender) => {
    const deadline = tender.deadline!;
    const left = deadline.getTime() - now.getTime();
    const days = BEFORE_DEADLINE_DAYS.findLast((candidate) => left <= candidate * DAY_MS)!;
    const bidding = new Set(tender.bids.filter((bid) => bid.status !== "WITHDRAWN").map((bid) => bid.supplierId));
    const suppliers = new Set([
      ...tender.bidDrafts.map((draft) => draft.supplierId),
      ...tender.interests.map((interest) => interest.supplierId).filter((id) => !bidding.has(id)),
    ]);
    return [...suppliers].sort().map((supplierId) => ({
      key: `bid-deadline:${days}d:${tender.id}:${supplierId}:${deadline.toISOString()}`,
      record: {
        to: { supplierId },
        template: "reminder.bid-deadline" as const,
        params: { path: portalTender(tender.id), reference: tender.reference, title: tender.title, deadline: deadline.toISOString(), days },
      },
    }));
  });
}
