import type { Clock } from "@/lib/clock";
import type { Db } from "@/lib/db";

import { deliverDue, type MailTransport } from "./delivery";
import { enqueueDueReminders } from "./reminders";

export interface WorkerOptions {
  db: Db;
  clock: Clock;
  /** null: e-mail is off (no SMTP_HOST); reminders are still written for the in-app centre. */
  smtp: { transport: MailTransport; from: string } | null;
  appUrl: string;
  intervalMs?: number;
  log: (message: string) => void;
}

export interface Worker {
  /** One round: due reminders into the outbox, then every due row mailed. */
  tick(): Promise<void>;
  /** Stops after the round in progress (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * The notification worker: every `intervalMs` (default 30 s) it writes the reminders now due and drains the outbox
 * over SMTP. Safe to run in several processes at once (reminder keys are unique, rows are claimed with SKIP LOCKED).
 * A failed round is logged and the next one tries again; it never stops the process.
 */
export function startWorker({ db, clock, smtp, appUrl, intervalMs = 30_000, log }: WorkerOptions): Worker {
  let running: Promise<void> | null = null;
  let stopped = false;
  const round = async () => {
    const reminders = await enqueueDueReminders(db, clock.now());
    if (reminders > 0) log(`${reminders} reminder(s) queued`);
    if (!smtp) return;
    const counts = await deliverDue({ db, clock, transport: smtp.transport, from: smtp.from, appUrl });
    if (counts.sent + counts.retry + counts.failed + counts.skipped > 0) log(`e-mail: ${counts.sent} sent, ${counts.retry} to retry, ${counts.failed} failed, ${counts.skipped} without recipients`);
  };
  const tick = () => {
    running ??= round()
      .catch((error: unknown) => log(`notification round failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void (stopped || tick()), intervalMs);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
