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
} as const;
