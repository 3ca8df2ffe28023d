import { z } from "zod";

import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { inboxResource } from "../inbox-scope";
import { IN_APP_KEYS } from "../kinds";

/**
 * Opens a notification in the centre: marks it read for this user (others of the organisation keep their own state)
 * and returns where it leads. Read state is the user's own bookkeeping, not an event of a competition: no audit.
 */
export const openNotification = defineCommand({
  name: "notifications.open",
  action: "notification.read_own",
  input: z.object({ id: z.string().min(1).max(64) }).strict(),
  async load({ tx, input }) {
    const row = await tx.notification.findUnique({ where: { id: input.id }, select: { id: true, kind: true, payload: true, recipientUserId: true, recipientSupplierId: true } });
    if (!row || !(IN_APP_KEYS as readonly string[]).includes(row.kind)) throw new AppError("NOT_FOUND", "errors.notFound");
    return { id: row.id, path: (row.payload as { path: string }).path, ...inboxResource(row) };
  },
  async run({ tx, actor, now, resource }) {
    await tx.notificationRead.createMany({ data: [{ notificationId: resource.id, userId: actor.userId, readAt: now }], skipDuplicates: true });
    return { data: { path: resource.path }, audit: [] };
  },
});
