import { readScope, type Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db";
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

/**
 * One row of the centre by id for a command to judge (read-only: commands never write the outbox; kept out of
 * ./commands so the structure test's rule holds there without exceptions). Null for a missing or not-in-app row.
 */
export async function findInboxRow(tx: Tx, id: string) {
  const row = await tx.notification.findUnique({ where: { id }, select: { id: true, kind: true, payload: true, recipientUserId: true, recipientSupplierId: true } });
  if (!row || !(IN_APP_KEYS as readonly string[]).includes(row.kind)) return null;
  return { id: row.id, path: (row.payload as { path: string }).path, ...inboxResource(row) };
}

/** The ids in `actor`'s centre they have not read yet. */
export async function unreadIds(tx: Tx, actor: Actor): Promise<string[]> {
  const rows = await tx.notification.findMany({ where: { ...inboxWhere(actor), reads: { none: { userId: actor.userId } } }, select: { id: true } });
  return rows.map((row) => row.id);
}
