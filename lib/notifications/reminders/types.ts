import type { NotifyRecord } from "../templates";

/** A reminder due now: the notification, and the key that makes it once-only (Notification.reminderKey). */
export interface DueReminder {
  key: string;
  record: NotifyRecord;
}

/** How long a question (or an opened competition's scores) may wait before the officers (evaluators) are reminded. */
export const WAITING_WORKING_DAYS = 2;
