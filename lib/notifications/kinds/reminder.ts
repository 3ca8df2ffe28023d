import { kind } from "./define";

/**
 * Reminders, computed from the clock by lib/notifications/reminders (never by a command). The user may turn their
 * e-mail off (category "reminder"); they stay in the in-app centre.
 */
export const reminderKinds = {
  /** To an organisation with a draft bid or registered interest: the bid deadline is `days` (7 or 1) days away. */
  bidDeadlineReminder: kind<{ path: string; reference: string; title: string; deadline: string; days: number }>()({
    key: "reminder.bid-deadline",
    category: "reminder",
    text: {
      nb: (p, { dateTime }) => ({
        subject: `Påminnelse: tilbudsfrist i ${p.reference} om ${p.days === 1 ? "1 dag" : `${p.days} dager`}`,
        body: [`Tilbudsfristen i ${p.reference} «${p.title}» er ${dateTime(p.deadline)}. Et tilbud må være levert innen fristen.`],
      }),
      en: (p, { dateTime }) => ({
        subject: `Reminder: bid deadline in ${p.reference} in ${p.days === 1 ? "1 day" : `${p.days} days`}`,
        body: [`The bid deadline in ${p.reference} “${p.title}” is ${dateTime(p.deadline)}. A bid must be submitted before it.`],
      }),
    },
  }),
  /** To the competition's officers: a question has waited two working days for an answer. */
  questionWaitingReminder: kind<{ path: string; reference: string; askedAt: string }>()({
    key: "reminder.question-waiting",
    category: "reminder",
    text: {
      nb: (p, { dateTime }) => ({ subject: `Påminnelse: ubesvart spørsmål i ${p.reference}`, body: [`Et spørsmål stilt ${dateTime(p.askedAt)} i ${p.reference} venter fortsatt på svar.`] }),
      en: (p, { dateTime }) => ({ subject: `Reminder: unanswered question in ${p.reference}`, body: [`A question asked at ${dateTime(p.askedAt)} in ${p.reference} is still waiting for an answer.`] }),
    },
  }),
  /** To the competition's officers: the standstill period of an award decision has ended. */
  standstillEndedReminder: kind<{ path: string; reference: string; endedAt: string }>()({
    key: "reminder.standstill-ended",
    category: "reminder",
    text: {
      nb: (p, { dateTime }) => ({ subject: `Karensperioden er over i ${p.reference}`, body: [`Karensperioden i ${p.reference} endte ${dateTime(p.endedAt)}. Kontrakten kan nå inngås.`] }),
      en: (p, { dateTime }) => ({ subject: `The standstill period has ended in ${p.reference}`, body: [`The standstill period in ${p.reference} ended at ${dateTime(p.endedAt)}. The contract may now be concluded.`] }),
    },
  }),
  /** To a panel member: scores are still to be submitted in a competition under evaluation. */
  scoresDueReminder: kind<{ path: string; reference: string; missing: number }>()({
    key: "reminder.scores-due",
    category: "reminder",
    text: {
      nb: (p) => ({ subject: `Påminnelse: poeng å sette i ${p.reference}`, body: [`Du har ${p.missing} poeng igjen å sette i evalueringen av ${p.reference}.`] }),
      en: (p) => ({ subject: `Reminder: scores to submit in ${p.reference}`, body: [`You have ${p.missing} scores left to submit in the evaluation of ${p.reference}.`] }),
    },
  }),
} as const;
