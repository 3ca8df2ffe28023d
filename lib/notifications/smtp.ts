import nodemailer from "nodemailer";

import type { Env } from "@/lib/env";

import type { MailTransport } from "./delivery";

export interface SmtpSettings {
  transport: MailTransport;
  from: string;
}

/**
 * The SMTP transport the environment asks for, or null when SMTP_HOST is unset: then nothing is mailed and the
 * in-app centre alone carries the notifications (the demo). Port defaults to 465 with SMTP_SECURE, else 587.
 */
export function smtpFromEnv(settings: Env): SmtpSettings | null {
  if (!settings.SMTP_HOST) return null;
  const transport = nodemailer.createTransport({
    host: settings.SMTP_HOST,
    port: settings.SMTP_PORT ?? (settings.SMTP_SECURE ? 465 : 587),
    secure: settings.SMTP_SECURE,
    auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASSWORD ?? "" } : undefined,
    // A hung server must not hold a claimed row for long: each step gives up after 30 s and the row is retried.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 30_000,
  });
  return { transport, from: settings.SMTP_FROM };
}
