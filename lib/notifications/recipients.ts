import type { Tx } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n";

import type { AnyKind } from "./kinds";

export interface MailRecipient {
  /** A user id, or the address itself for an e-mail-only row (recorded in Notification.deliveredTo). */
  id: string;
  email: string;
  locale: Locale;
}

interface Row {
  recipientUserId: string | null;
  recipientSupplierId: string | null;
  recipientEmail: string | null;
}

/**
 * Who a row is e-mailed to: the user (while active); every active user with an unrevoked membership of the supplier
 * organisation; or the bare address (an invitation). A reminder skips users who turned reminder e-mail off; legal
 * and ordinary messages never do.
 */
export async function mailRecipients(tx: Tx, row: Row, definition: AnyKind): Promise<MailRecipient[]> {
  if (row.recipientEmail !== null) return [{ id: row.recipientEmail, email: row.recipientEmail, locale: DEFAULT_LOCALE }];
  const users = await tx.user.findMany({
    where: {
      active: true,
      ...(row.recipientUserId !== null
        ? { id: row.recipientUserId }
        : { memberships: { some: { supplierId: row.recipientSupplierId ?? "", role: "SUPPLIER_USER", revokedAt: null } } }),
      ...(definition.category === "reminder" ? { NOT: { notificationPrefs: { is: { emailReminders: false } } } } : {}),
    },
    select: { id: true, email: true, locale: true },
    orderBy: { id: "asc" },
  });
  return users.map((user) => ({ id: user.id, email: user.email, locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE }));
}
