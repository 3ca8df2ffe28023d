import type { Db } from "@/lib/db";

import { enqueueReminders } from "../outbox";
import { bidDeadlineReminders } from "./bid-deadline";
import { questionWaitingReminders, standstillEndedReminders } from "./officer-reminders";
import { scoresDueReminders } from "./scores-due";
import type { DueReminder } from "./types";

export type { DueReminder } from "./types";

/** Every reminder due at `now`, computed from the stored state (nothing is scheduled ahead, so a restart loses none). */
export async function dueReminders(db: Db, now: Date): Promise<DueReminder[]> {
  const groups = await Promise.all([bidDeadlineReminders(db, now), questionWaitingReminders(db, now), standstillEndedReminders(db, now), scoresDueReminders(db, now)]);
  return groups.flat();
}

/**
 * Writes the reminders due at `now` to the outbox; each key is written once ever (Notification.reminderKey is unique),
 * so running this every minute, from two workers, or again after a restart sends each reminder once. Returns how many
 * were new.
 */
export async function enqueueDueReminders(db: Db, now: Date): Promise<number> {
  return enqueueReminders(db, await dueReminders(db, now), now);
}
