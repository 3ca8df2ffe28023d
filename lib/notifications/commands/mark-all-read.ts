import { z } from "zod";

import { defineCommand } from "@/lib/mutation";

import { inboxWhere } from "../inbox-scope";

/** Marks everything in the user's centre read (for this user only). The user's own bookkeeping: no audit. */
export const markAllNotificationsRead = defineCommand({
  name: "notifications.markAllRead",
  action: "notification.read_own",
  input: z.object({}).strict(),
  load: async ({ actor }) => ({ userId: actor.userId }),
  async run({ tx, actor, now }) {
    const unread = await tx.notification.findMany({ where: { ...inboxWhere(actor), reads: { none: { userId: actor.userId } } }, select: { id: true } });
    const { count } = await tx.notificationRead.createMany({ data: unread.map((row) => ({ notificationId: row.id, userId: actor.userId, readAt: now })), skipDuplicates: true });
    return { data: { marked: count }, audit: [] };
  },
});
