import type { Db } from "@/lib/db";
import { addOsloWorkingDays } from "@/lib/rules";
import { officerScoring } from "@/lib/routes";

import { WAITING_WORKING_DAYS, type DueReminder } from "./types";

/** Bids that are out of the evaluation (never submitted, withdrawn, late or rejected) need no scores. */
const NOT_EVALUATED = ["DRAFT", "WITHDRAWN", "LATE_REJECTED", "REJECTED"] as const;

/**
 * Panel members of a competition in EVALUATION, two working days after opening, who have not submitted their scores
 * (PanelMember.scoresSubmittedAt) and have saved fewer INDIVIDUAL
 * scores than (bids under evaluation) × (quality criteria that are scored: those without sub-criteria). A member who
 * declared a conflict of interest scores nothing and is not reminded. Once per competition and member.
 */
export async function scoresDueReminders(db: Db, now: Date): Promise<DueReminder[]> {
  const tenders = await db.tender.findMany({
    where: { status: "EVALUATION", openedAt: { not: null } },
    select: {
      id: true, reference: true, openedAt: true,
      panel: { where: { conflictDeclaredAt: null, scoresSubmittedAt: null, user: { active: true } }, select: { userId: true } },
      criteria: { where: { kind: "QUALITY", children: { none: {} } }, select: { id: true } },
      bids: { where: { status: { notIn: [...NOT_EVALUATED] } }, select: { id: true } },
    },
  });
  const reminders: DueReminder[] = [];
  for (const tender of tenders) {
    if (addOsloWorkingDays(tender.openedAt!, WAITING_WORKING_DAYS) > now) continue;
    const expected = tender.bids.length * tender.criteria.length;
    if (expected === 0) continue;
    const submitted = await db.evaluationScore.groupBy({
      by: ["evaluatorId"],
      where: { stage: "INDIVIDUAL", bidId: { in: tender.bids.map((bid) => bid.id) }, criterionId: { in: tender.criteria.map((criterion) => criterion.id) } },
      _count: { _all: true },
    });
    const counts = new Map(submitted.map((row) => [row.evaluatorId, row._count._all]));
    for (const { userId } of tender.panel) {
      const missing = expected - (counts.get(userId) ?? 0);
      if (missing <= 0) continue;
      reminders.push({
        key: `scores-due:${tender.id}:${userId}`,
        record: { to: { userId }, template: "reminder.scores-due", params: { path: officerScoring(tender.id), reference: tender.reference, missing } },
      });
    }
  }
  return reminders;
}
