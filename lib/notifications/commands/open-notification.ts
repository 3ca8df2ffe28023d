import { z } from "zod";

import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { findInboxRow } from "../inbox-scope";

/**
 * Opens a notification in the centre: marks it read for this user (others of the organisation keep their own state)
 * and returns where it leads. Read state is the user's own bookkeeping, not an event of a competition: no audit.
 */
export const openNotification = defineCommand({
  name: "notifications.open",
  action: "notification.read_own",
  input: z.object({ id: z.string().min(1).max(64) }).strict(),
  async load({ tx, input }) {
    const row = await findInboxRow(tx, input.id);
    if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
    return row;
  },
  async run({ tx, actor, now, resource }) {
    await tx.notificationRead.createMany({ data: [{ notificationId: resource.id, userId: actor.userId, readAt: now }], skipDuplicates: true });
    return { data: { path: resource.path }, audit: [] };
  },
});
