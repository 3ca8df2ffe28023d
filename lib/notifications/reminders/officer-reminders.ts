import type { Db } from "@/lib/db";
import { addOsloWorkingDays } from "@/lib/rules";
import { officerTender } from "@/lib/routes";
import { questionRecipients } from "@/lib/tenders/questions/officers";

import { WAITING_WORKING_DAYS, type DueReminder } from "./types";

/**
 * Questions in an announced competition whose answer has not been published two Oslo working days after they were
 * asked: the competition's officers (its drafter, or every officer of the region) are reminded, once per question.
 */
export async function questionWaitingReminders(db: Db, now: Date): Promise<DueReminder[]> {
  const questions = await db.question.findMany({
    where: { tender: { status: "ANNOUNCED" }, OR: [{ answer: null }, { answer: { publishedAt: null } }] },
    select: { id: true, askedAt: true, tender: { select: { id: true, reference: true, regionId: true, createdById: true } } },
    orderBy: { askedAt: "asc" },
  });
  const due = questions.filter((question) => addOsloWorkingDays(question.askedAt, WAITING_WORKING_DAYS) <= now);
  const reminders: DueReminder[] = [];
  for (const question of due) {
    for (const userId of await questionRecipients(db, question.tender)) {
      reminders.push({
        key: `question-waiting:${question.id}:${userId}`,
        record: {
          to: { userId },
          template: "reminder.question-waiting",
          params: { path: officerTender(question.tender.id), reference: question.tender.reference, askedAt: question.askedAt.toISOString() },
        },
      });
    }
  }
  return reminders;
}

/**
 * Approved award decisions whose standstill period (karensperiode, AwardDecision.standstillEndsAt) has ended while the
 * contract is not yet signed: the competition's officers may now conclude it. Once per decision and officer.
 */
export async function standstillEndedReminders(db: Db, now: Date): Promise<DueReminder[]> {
  const awards = await db.awardDecision.findMany({
    where: { status: "APPROVED", standstillEndsAt: { lte: now }, tender: { status: { in: ["AWARD_DECIDED", "STANDSTILL"] } } },
    select: { id: true, standstillEndsAt: true, tender: { select: { id: true, reference: true, regionId: true, createdById: true } } },
  });
  const reminders: DueReminder[] = [];
  for (const award of awards) {
    for (const userId of await questionRecipients(db, award.tender)) {
      reminders.push({
        key: `standstill-ended:${award.id}:${userId}`,
        record: {
          to: { userId },
          template: "reminder.standstill-ended",
          params: { path: officerTender(award.tender.id), reference: award.tender.reference, endedAt: award.standstillEndsAt!.toISOString() },
        },
      });
    }
  }
  return reminders;
}
