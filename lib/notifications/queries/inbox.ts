import { z } from "zod";

import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n";
import { defineDetailQuery, defineListQuery } from "@/lib/query";

import { inboxResource, inboxWhere } from "../inbox-scope";
import { kindOf } from "../kinds";
import { renderText } from "../render";

export const INBOX_PAGE_SIZE = 20;

const ZInboxPage = z
  .object({ page: z.coerce.number().int().min(1).max(10_000).default(1), locale: z.enum(LOCALES).default(DEFAULT_LOCALE) })
  .strict()
  .default({ page: 1, locale: DEFAULT_LOCALE });

/**
 * One page of the signed-in user's notification centre, newest first, each in the page's language with its link and
 * whether this user has read it (read state is per user: an organisation's notification is one row for all of them).
 */
export const listInbox = defineListQuery({
  name: "notifications.inbox",
  action: "notification.read_own",
  input: ZInboxPage,
  async load({ db, actor, input }) {
    const rows = await db.notification.findMany({
      where: inboxWhere(actor!),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: { id: true, kind: true, payload: true, createdAt: true, recipientUserId: true, recipientSupplierId: true, reads: { where: { userId: actor!.userId }, select: { readAt: true } } },
    });
    return rows.map((row) => {
      const params = row.payload as { path: string };
      const text = renderText(kindOf(row.kind)!, params, input.locale);
      return { id: row.id, title: text.subject, summary: text.body.join(" "), path: params.path, createdAt: row.createdAt, read: row.reads.length > 0, ...inboxResource(row) };
    });
  },
  scopeOf: (row) => row,
});

/** The header's unread count and the centre's total, for the signed-in user (their inbox is the resource). */
export const inboxSummary = defineDetailQuery({
  name: "notifications.summary",
  action: "notification.read_own",
  input: z.undefined().or(z.object({}).strict()),
  async load({ db, actor }) {
    const where = inboxWhere(actor!);
    const [total, unread] = await Promise.all([
      db.notification.count({ where }),
      db.notification.count({ where: { ...where, reads: { none: { userId: actor!.userId } } } }),
    ]);
    return { userId: actor!.userId, total, unread };
  },
});

/** The signed-in user's e-mail preferences (the defaults when they never changed them). */
export const myNotificationPreferences = defineDetailQuery({
  name: "notifications.preferences",
  action: "notification.update_preferences",
  input: z.undefined().or(z.object({}).strict()),
  async load({ db, actor }) {
    const stored = await db.notificationPreference.findUnique({ where: { userId: actor!.userId }, select: { emailReminders: true } });
    return { userId: actor!.userId, emailReminders: stored?.emailReminders ?? true };
  },
});
