import type { Db } from "@/lib/db";

const MEMBERSHIP_SELECT = {
  where: { revokedAt: null },
  select: { id: true, role: true, region: { select: { name: true } }, supplier: { select: { name: true } } },
  orderBy: { createdAt: "asc" },
} as const;

/** Every user with their active roles, for the admin list. No password hashes leave this query. */
export function listUsersForAdmin(db: Db) {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, active: true, lastLoginAt: true, memberships: MEMBERSHIP_SELECT },
  });
}

export function getUserForAdmin(db: Db, id: string) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, active: true, locale: true, lastLoginAt: true, memberships: MEMBERSHIP_SELECT },
  });
}
