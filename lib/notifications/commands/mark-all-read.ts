import { z } from "zod";

import { defineCommand } from "@/lib/mutation";

import { unreadIds } from "../inbox-scope";

/** Marks everything in the user's centre read (for this user only). The user's own bookkeeping: no audit. */
export const markAllNotificationsRead = defineCommand({
  name: "notifications.markAllRead",
  action: "notification.read_own",
  input: z.object({}).strict(),
  load: async ({ actor }) => ({ userId: actor.userId }),
  async run({ tx, actor, now }) {
    const unread = await unreadIds(tx, actor);
    const { count } = await tx.notificationRead.createMany({ data: unread.map((notificationId) => ({ notificationId, userId: actor.userId, readAt: now })), skipDuplicates: true });
    return { data: { marked: count }, audit: [] };
  },
});
