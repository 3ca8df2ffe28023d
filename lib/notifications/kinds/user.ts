import { kind } from "./define";

/** Accounts. */
export const userKinds = {
  /** A link to set a new password. `path` is relative and holds the token: the worker clears it once mailed. */
  passwordReset: kind<{ path: string; expiresAt: string }>()({
    key: "user.password-reset",
    category: "message",
    secret: true,
    text: {
      nb: (p, { dateTime }) => ({
        subject: "Tilbakestill passordet ditt i Tiltaksanbud",
        body: [`Noen ba om å tilbakestille passordet ditt. Lenken under virker én gang, til ${dateTime(p.expiresAt)}.`, "Ba du ikke om dette, kan du se bort fra e-posten."],
      }),
      en: (p, { dateTime }) => ({
        subject: "Reset your Tiltaksanbud password",
        body: [`Someone asked to reset your password. The link below works once, until ${dateTime(p.expiresAt)}.`, "If you did not ask for this, ignore this e-mail."],
      }),
    },
  }),
} as const;
