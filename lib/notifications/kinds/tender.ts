import { kind } from "./define";

/** Competitions: drafting, questions, corrections, cancellation. */
export const tenderKinds = {
  /** To the drafter: the draft was approved for announcement. */
  draftApproved: kind<{ path: string; reference: string }>()({
    key: "tender.draft-approved",
    category: "message",
    text: {
      nb: (p) => ({ subject: `Utkast ${p.reference} er godkjent`, body: [`Utkastet ${p.reference} er godkjent og kan kunngjøres.`] }),
      en: (p) => ({ subject: `Draft ${p.reference} is approved`, body: [`The draft ${p.reference} is approved and may be announced.`] }),
    },
  }),
  /** To the drafter: the draft was sent back with a comment (read it on the page). */
  draftReturned: kind<{ path: string; reference: string }>()({
    key: "tender.draft-returned",
    category: "message",
    text: {
      nb: (p) => ({ subject: `Utkast ${p.reference} er sendt tilbake`, body: [`Utkastet ${p.reference} er sendt tilbake med en kommentar.`] }),
      en: (p) => ({ subject: `Draft ${p.reference} was sent back`, body: [`The draft ${p.reference} was sent back with a comment.`] }),
    },
  }),
  /** To every organisation that bid or drafted a bid: the competition was cancelled (a legally required message). */
  tenderCancelled: kind<{ path: string; reference: string; reason: string }>()({
    key: "tender.cancelled",
    category: "legal",
    text: {
      nb: (p) => ({ subject: `Konkurranse ${p.reference} er avlyst`, body: [`Konkurranse ${p.reference} er avlyst.`, `Begrunnelse: ${p.reason}`] }),
      en: (p) => ({ subject: `Competition ${p.reference} is cancelled`, body: [`Competition ${p.reference} is cancelled.`, `Reason: ${p.reason}`] }),
    },
  }),
  /** To the competition's officers: a supplier asked a question (no text, no asker: a link to the officer page). */
  questionAsked: kind<{ path: string; reference: string }>()({
    key: "tender.question-asked",
    category: "message",
    text: {
      nb: (p) => ({ subject: `Nytt spørsmål i ${p.reference}`, body: [`En leverandør har stilt et spørsmål i ${p.reference}.`] }),
      en: (p) => ({ subject: `New question in ${p.reference}`, body: [`A supplier asked a question in ${p.reference}.`] }),
    },
  }),
  /** To every follower (and the asking organisation): question and answer number `number` are published. */
  questionAnswered: kind<{ path: string; reference: string; number: number }>()({
    key: "tender.question-answered",
    category: "message",
    text: {
      nb: (p) => ({ subject: `Svar publisert i ${p.reference}`, body: [`Spørsmål og svar nr. ${p.number} er publisert i ${p.reference}.`] }),
      en: (p) => ({ subject: `Answer published in ${p.reference}`, body: [`Question and answer no. ${p.number} is published in ${p.reference}.`] }),
    },
  }),
  /** To every follower: a correction (rettelse) was published; `deadline` is the bid deadline now (ISO UTC). */
  tenderAmended: kind<{ path: string; reference: string; number: number; reason: string; deadline: string }>()({
    key: "tender.amended",
    category: "message",
    text: {
      nb: (p, { dateTime }) => ({
        subject: `Rettelse ${p.number} i ${p.reference}`,
        body: [`Rettelse nr. ${p.number} er publisert i ${p.reference}: ${p.reason}`, `Tilbudsfristen er nå ${dateTime(p.deadline)}.`],
      }),
      en: (p, { dateTime }) => ({
        subject: `Correction ${p.number} in ${p.reference}`,
        body: [`Correction no. ${p.number} is published in ${p.reference}: ${p.reason}`, `The bid deadline is now ${dateTime(p.deadline)}.`],
      }),
    },
  }),
} as const;
