import { kind } from "./define";

/** The award: letters, returns, complaints. No scores or reasons of others in e-mails: a link to the portal page. */
export const awardKinds = {
  /** LEGALLY REQUIRED (FOA § 25-1): to every bidding organisation, the award letter (tildelingsbrev) is in the portal. */
  awardLetter: kind<{ path: string; reference: string; standstillEndsAt: string }>()({
    key: "award.letter",
    category: "legal",
    text: {
      nb: (p, { dateTime }) => ({
        subject: `Tildelingsbrev i ${p.reference}`,
        body: [`Oppdragsgiveren har besluttet hvem som tildeles kontrakten i ${p.reference}. Tildelingsbrevet med begrunnelsen ligger i portalen.`, `Karenstiden varer til ${dateTime(p.standstillEndsAt)}.`],
      }),
      en: (p, { dateTime }) => ({
        subject: `Award letter in ${p.reference}`,
        body: [`The contracting authority has decided the award of the contract in ${p.reference}. The award letter with its reasons is in the portal.`, `The standstill period lasts until ${dateTime(p.standstillEndsAt)}.`],
      }),
    },
  }),
  /** To the proposer(s): a manager returned the award proposal to the evaluation with a comment. */
  awardReturned: kind<{ path: string; reference: string }>()({
    key: "award.returned",
    category: "message",
    text: {
      nb: (p) => ({ subject: `Tildelingsforslaget i ${p.reference} er sendt tilbake`, body: [`En leder har sendt tildelingsforslaget i ${p.reference} tilbake til evalueringen med en kommentar.`] }),
      en: (p) => ({ subject: `The award proposal in ${p.reference} was returned`, body: [`A manager returned the award proposal in ${p.reference} to the evaluation with a comment.`] }),
    },
  }),
  /** LEGALLY REQUIRED: to every bidder, the decided award was set aside and the evaluation reopened. */
  awardRevoked: kind<{ path: string; reference: string; reason: string }>()({
    key: "award.revoked",
    category: "legal",
    text: {
      nb: (p) => ({ subject: `Tildelingen i ${p.reference} er omgjort`, body: [`Tildelingsbeslutningen i ${p.reference} er omgjort, og evalueringen er åpnet igjen.`, `Begrunnelse: ${p.reason}`] }),
      en: (p) => ({ subject: `The award in ${p.reference} was set aside`, body: [`The award decision in ${p.reference} was set aside and the evaluation reopened.`, `Reason: ${p.reason}`] }),
    },
  }),
  /** To every officer of the competition's region and the award's proposer: a bidder lodged a complaint during the standstill. */
  complaintLodged: kind<{ path: string; reference: string }>()({
    key: "complaint.lodged",
    category: "message",
    text: {
      nb: (p) => ({ subject: `Ny klage i ${p.reference}`, body: [`En tilbyder har klaget på tildelingen i ${p.reference}. Kontrakt kan ikke inngås før klagen er avgjort.`] }),
      en: (p) => ({ subject: `New complaint in ${p.reference}`, body: [`A bidder complained about the award in ${p.reference}. No contract can be concluded until the complaint is decided.`] }),
    },
  }),
  /** LEGALLY REQUIRED: to the complaining organisation, the decision on its complaint with the reasons. */
  complaintDecided: kind<{ path: string; reference: string; outcome: "UPHELD" | "REJECTED"; reason: string }>()({
    key: "complaint.decided",
    category: "legal",
    text: {
      nb: (p) => ({ subject: `Klagen deres i ${p.reference} er avgjort`, body: [`Klagen deres i ${p.reference} er ${p.outcome === "UPHELD" ? "tatt til følge" : "ikke tatt til følge"}.`, `Begrunnelse: ${p.reason}`] }),
      en: (p) => ({ subject: `Your complaint in ${p.reference} was decided`, body: [`Your complaint in ${p.reference} was ${p.outcome === "UPHELD" ? "upheld" : "rejected"}.`, `Reason: ${p.reason}`] }),
    },
  }),
} as const;
