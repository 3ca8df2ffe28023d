import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { NotificationRecipient, NotifyRecord } from "./templates";

const recipientColumns = (to: NotificationRecipient) => ({
  recipientUserId: "userId" in to ? to.userId : null,
  recipientSupplierId: "supplierId" in to ? to.supplierId : null,
  recipientEmail: "email" in to ? to.email : null,
});

/**
 * Writes notifications to the outbox (Notification, PENDING) with the caller's transaction, so they exist
 * exactly when the change that caused them commits. Only runCommand calls this; commands return `notify`.
 */
export async function enqueueNotifications(tx: Pick<Tx, "notification">, records: readonly NotifyRecord[], now: Date): Promise<void> {
  for (const record of records) {
    await tx.notification.create({
      data: { kind: record.template, ...recipientColumns(record.to), payload: record.params, createdAt: now },
    });
  }
}

/**
 * Writes reminders (lib/notifications/reminders) to the outbox, skipping every key already written: the unique
 * reminderKey makes each reminder once-only even when two workers compute the same one. Returns how many were new.
 */
export async function enqueueReminders(db: Pick<Db, "notification">, reminders: readonly { key: string; record: NotifyRecord }[], now: Date): Promise<number> {
  if (reminders.length === 0) return 0;
  const { count } = await db.notification.createMany({
    data: reminders.map(({ key, record }) => ({
      kind: record.template,
      ...recipientColumns(record.to),
      payload: record.params as Prisma.InputJsonValue,
      reminderKey: key,
      createdAt: now,
    })),
    skipDuplicates: true,
  });
  return count;
}
