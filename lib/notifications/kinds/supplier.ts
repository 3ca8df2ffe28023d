import { kind } from "./define";

/** Supplier organisations. */
export const supplierKinds = {
  /** To an invited e-mail address: a single-use link to join the organisation (`path` holds the token). */
  supplierInvitation: kind<{ path: string; expiresAt: string; supplierName: string }>()({
    key: "supplier.invitation",
    category: "message",
    secret: true,
    text: {
      nb: (p, { dateTime }) => ({
        subject: `Invitasjon til ${p.supplierName} i Tiltaksanbud`,
        body: [`Du er invitert til å opptre for ${p.supplierName} i Tiltaksanbud. Lenken under virker én gang, til ${dateTime(p.expiresAt)}.`],
      }),
      en: (p, { dateTime }) => ({
        subject: `Invitation to ${p.supplierName} in Tiltaksanbud`,
        body: [`You are invited to act for ${p.supplierName} in Tiltaksanbud. The link below works once, until ${dateTime(p.expiresAt)}.`],
      }),
    },
  }),
} as const;
