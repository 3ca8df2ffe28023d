import type { Prisma } from "@/lib/generated/prisma/client";
import { defineDetailQuery, defineListQuery } from "@/lib/query";

import { ZUserIdParam, ZUserSearch } from "../schemas";

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

/** Users with their active roles, for the admin list, optionally narrowed by a search. No password hashes leave it. */
export const listUsersForAdmin = defineListQuery({
  name: "users.listForAdmin",
  action: "admin.users.read",
  input: ZUserSearch,
  load: ({ db, input }) =>
    db.user.findMany({
      where: searchWhere(input.q),
      orderBy: [{ active: "desc" }, { name: "asc" }],
      select: { id: true, email: true, name: true, active: true, lastLoginAt: true, memberships: MEMBERSHIP_SELECT },
    }),
});

export const getUserForAdmin = defineDetailQuery({
  name: "users.getForAdmin",
  action: "admin.users.read",
  input: ZUserIdParam,
  load: ({ db, input }) =>
    db.user.findUnique({
      where: { id: input.id },
      select: { id: true, email: true, name: true, active: true, locale: true, lastLoginAt: true, memberships: MEMBERSHIP_SELECT },
    }),
});
