import { readScope, type Actor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeWhere } from "@/lib/query/scope";

import { IN_APP_KEYS } from "./kinds";

/**
 * The notifications in `actor`'s centre, as a Prisma `where`: those the policy lets them read under
 * notification.read_own (addressed to them, or to an organisation they act for), of a kind shown in the app.
 */
export function inboxWhere(actor: Actor): Prisma.NotificationWhereInput {
  const scope = scopeWhere(readScope(actor, "notification.read_own"), (condition) =>
    condition.userId ? { recipientUserId: { in: condition.userId.in } } : { recipientSupplierId: { in: condition.supplierId?.in ?? [] } },
  );
  return { ...scope, kind: { in: [...IN_APP_KEYS] } };
}

/** A stored row as the policy sees it: its addressee. */
export const inboxResource = (row: { recipientUserId: string | null; recipientSupplierId: string | null }) => ({
  ...(row.recipientUserId ? { userId: row.recipientUserId } : {}),
  ...(row.recipientSupplierId ? { supplierId: row.recipientSupplierId } : {}),
});
