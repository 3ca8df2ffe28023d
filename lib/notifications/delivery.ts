import type { Clock } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { MAX_ATTEMPTS, nextAttemptAt } from "./backoff";
import { kindOf } from "./kinds";
import { mailRecipients } from "./recipients";
import { renderMail } from "./render";

/** What nodemailer's transporter offers and the worker needs (tests may pass their own). */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string; html: string; headers?: Record<string, string> }): Promise<unknown>;
}

export interface DeliveryOptions {
  db: Db;
  clock: Clock;
  transport: MailTransport;
  from: string;
  /** The public base URL links are made absolute with (NEXTAUTH_URL). */
  appUrl: string;
  maxAttempts?: number;
}

export type DeliveryResult = "idle" | "sent" | "skipped" | "retry" | "failed";

// Long enough for an organisation's handful of mails over a slow server (each send has its own socket timeouts).
const TRANSACTION_TIMEOUT_MS = 5 * 60_000;

/**
 * Mails the oldest due PENDING notification, if any. The row is claimed with FOR UPDATE SKIP LOCKED and stays locked
 * until its outcome is written, so two workers (or two app instances) never mail the same row: the second skips it.
 * A failure leaves it PENDING with `nextAttemptAt` pushed out (exponential backoff) until `maxAttempts`, then FAILED
 * with the reason. Recipients already mailed are recorded in `deliveredTo`, so a retry mails only the rest.
 */
export async function deliverNext(options: DeliveryOptions): Promise<DeliveryResult> {
  const { db, clock, maxAttempts = MAX_ATTEMPTS } = options;
  return db.$transaction(
    async (tx) => {
      const now = clock.now();
      const [claimed] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Notification"
        WHERE "status" = 'PENDING' AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
        ORDER BY "createdAt", "id" LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!claimed) return "idle";
      const row = await tx.notification.findUniqueOrThrow({ where: { id: claimed.id } });
      const definition = kindOf(row.kind);
      if (!definition) return finish(tx, row.id, { status: "FAILED", lastError: `unknown notification kind ${row.kind}` }, "failed");
      const payload = row.payload as { path: string };
      const recipients = await mailRecipients(tx, row, definition);
      if (recipients.length === 0) return finish(tx, row.id, { status: "SKIPPED", sentAt: now }, "skipped");

      const delivered = [...row.deliveredTo];
      let failure: string | null = null;
      for (const recipient of recipients.filter((candidate) => !delivered.includes(candidate.id))) {
        const mail = renderMail(definition, payload, recipient.locale, options.appUrl);
        try {
          await options.transport.sendMail({ from: options.from, to: recipient.email, ...mail, headers: { "X-Tiltaksanbud-Notification": row.id } });
          delivered.push(recipient.id);
        } catch (error) {
          failure = (error instanceof Error ? error.message : String(error)).slice(0, 500);
          break;
        }
      }
      if (failure === null) {
        // A secret link (reset, invitation) lives only in the e-mail from now on: the stored token hash is enough.
        const data = definition.secret ? { payload: { ...payload, path: "" } as Prisma.InputJsonValue } : {};
        return finish(tx, row.id, { status: "SENT", sentAt: now, deliveredTo: delivered, lastError: null, ...data }, "sent");
      }
      const attempts = row.attempts + 1;
      if (attempts >= maxAttempts) return finish(tx, row.id, { status: "FAILED", attempts, deliveredTo: delivered, lastError: failure }, "failed");
      return finish(tx, row.id, { attempts, deliveredTo: delivered, lastError: failure, nextAttemptAt: nextAttemptAt(attempts, now) }, "retry");
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

async function finish(tx: Tx, id: string, data: Prisma.NotificationUpdateInput, result: DeliveryResult): Promise<DeliveryResult> {
  await tx.notification.update({ where: { id }, data });
  return result;
}

/** Delivers until nothing is due (or `limit` rows were handled); returns how many of each outcome. */
export async function deliverDue(options: DeliveryOptions, limit = 100): Promise<Record<Exclude<DeliveryResult, "idle">, number>> {
  const counts = { sent: 0, skipped: 0, retry: 0, failed: 0 };
  for (let handled = 0; handled < limit; handled++) {
    const result = await deliverNext(options);
    if (result === "idle") break;
    counts[result]++;
  }
  return counts;
}
