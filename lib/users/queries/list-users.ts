import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const MEMBERSHIP_SELECT = {
  where: { revokedAt: null },
  select: { id: true, role: true, region: { select: { name: true } }, supplier: { select: { name: true } } },
  orderBy: { createdAt: "asc" },
} as const;

/** `contains` becomes ILIKE '%…%' without escaping: `%`, `_` and `\` in a search are plain characters. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Users whose name or e-mail contains `q` (case-insensitive); every user for an empty `q`. */
function searchWhere(q: string): Prisma.UserWhereInput {
  if (!q) return {};
  const contains = likeLiteral(q);
  return { OR: [{ name: { contains, mode: "insensitive" } }, { email: { contains, mode: "insensitive" } }] };
}

/**
 * Users with their active roles, for the admin list, optionally narrowed by a search (parsed with
 * ZUserSearch: trimmed, at most 100 characters). No password hashes leave this query.
 */
export function listUsersForAdmin(db: Db, { q = "" }: { q?: string } = {}) {
  return db.user.findMany({
    where: searchWhere(q),
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
