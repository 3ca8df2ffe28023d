import { getClock } from "@/lib/clock";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { smtpFromEnv } from "@/lib/notifications/smtp";
import { startWorker } from "@/lib/notifications/worker";

/**
 * The notification worker (reminders + e-mail from the outbox) against `databaseUrl`, for `npm start` and
 * `npm run worker`. Links in e-mails are absolute from NEXTAUTH_URL, else `fallbackUrl`. Returns its stop.
 */
export function runNotificationWorker(databaseUrl: string, fallbackUrl: string, log: (message: string) => void): () => Promise<void> {
  const db = createDb(databaseUrl);
  const smtp = smtpFromEnv(env());
  log(smtp ? `notification worker: e-mail over SMTP ${env().SMTP_HOST}` : "notification worker: e-mail off (SMTP_HOST unset), in-app only");
  const worker = startWorker({ db, clock: getClock(), smtp, appUrl: env().NEXTAUTH_URL ?? fallbackUrl, log: (message) => log(`notifications: ${message}`) });
  return async () => {
    await worker.stop();
    await db.$disconnect();
  };
}
