import { kind } from "./define";

/** Bids. The e-mails carry no bid content: the receipt's number, time and hash, and a link. */
export const bidKinds = {
  /** To the bidding organisation: its receipt. */
  bidSubmitted: kind<{ path: string; reference: string; number: number; submittedAt: string; contentHash: string; lots: string }>()({
    key: "bid.submitted",
    category: "message",
    text: {
      nb: (p, { dateTime }) => ({
        subject: `Kvittering: tilbud levert i ${p.reference}`,
        body: [`Tilbudet deres i ${p.reference} ble levert ${dateTime(p.submittedAt)} (kvittering nr. ${p.number}).`, `Kontrollsum (SHA-256): ${p.contentHash}`],
      }),
      en: (p, { dateTime }) => ({
        subject: `Receipt: bid submitted in ${p.reference}`,
        body: [`Your bid in ${p.reference} was submitted at ${dateTime(p.submittedAt)} (receipt no. ${p.number}).`, `Checksum (SHA-256): ${p.contentHash}`],
      }),
    },
  }),
  /** To the bidding organisation: its bid was withdrawn. */
  bidWithdrawn: kind<{ path: string; reference: string; withdrawnAt: string }>()({
    key: "bid.withdrawn",
    category: "message",
    text: {
      nb: (p, { dateTime }) => ({ subject: `Tilbud trukket i ${p.reference}`, body: [`Tilbudet deres i ${p.reference} ble trukket ${dateTime(p.withdrawnAt)}.`] }),
      en: (p, { dateTime }) => ({ subject: `Bid withdrawn in ${p.reference}`, body: [`Your bid in ${p.reference} was withdrawn at ${dateTime(p.withdrawnAt)}.`] }),
    },
  }),
  /** To every organisation that bid: the bids were opened; the opening record is in the portal at `path`. */
  tenderOpened: kind<{ path: string; reference: string; openedAt: string }>()({
    key: "tender.opened",
    category: "message",
    text: {
      nb: (p, { dateTime }) => ({ subject: `Tilbudene i ${p.reference} er åpnet`, body: [`Tilbudene i ${p.reference} ble åpnet ${dateTime(p.openedAt)}. Åpningsprotokollen ligger i portalen.`] }),
      en: (p, { dateTime }) => ({ subject: `The bids in ${p.reference} were opened`, body: [`The bids in ${p.reference} were opened at ${dateTime(p.openedAt)}. The opening record is in the portal.`] }),
    },
  }),
  /** LEGALLY REQUIRED: to the bidding organisation, its bid was rejected (avvist) with the legal basis and reasons. */
  bidRejected: kind<{ path: string; reference: string; basis: string; reason: string }>()({
    key: "bid.rejected",
    category: "legal",
    text: {
      nb: (p) => ({ subject: `Tilbudet deres i ${p.reference} er avvist`, body: [`Tilbudet deres i ${p.reference} er avvist (${p.basis}).`, `Begrunnelse: ${p.reason}`] }),
      en: (p) => ({ subject: `Your bid in ${p.reference} was rejected`, body: [`Your bid in ${p.reference} was rejected (${p.basis}).`, `Reason: ${p.reason}`] }),
    },
  }),
} as const;
