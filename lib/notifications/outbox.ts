import type { Tx } from "@/lib/db";

import type { NotifyRecord } from "./templates";

/**
 * Writes notifications to the outbox (Notification, PENDING) with the caller's transaction, so they exist
 * exactly when the change that caused them commits. Only runCommand calls this; commands return `notify`.
 */
export async function enqueueNotifications(tx: Pick<Tx, "notification">, records: readonly NotifyRecord[], now: Date): Promise<void> {
  for (const record of records) {
    await tx.notification.create({
      data: {
        kind: record.template,
        recipientUserId: "userId" in record.to ? record.to.userId : null,
        recipientSupplierId: "supplierId" in record.to ? record.to.supplierId : null,
        recipientEmail: "email" in record.to ? record.to.email : null,
        payload: record.params,
        createdAt: now,
      },
    });
  }
}
