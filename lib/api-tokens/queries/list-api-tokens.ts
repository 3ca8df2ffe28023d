import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/** The API tokens of the organisations the actor administers, newest first; never a hash. */
export const listApiTokens = defineListQuery({
  name: "apiTokens.list",
  action: "supplier.admin",
  input: noInput,
  load: ({ db, scope }) =>
    db.apiToken.findMany({
      where: scopeWhere(scope),
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      select: {
        id: true, supplierId: true, name: true, hint: true, createdAt: true, lastUsedAt: true, revokedAt: true,
        createdBy: { select: { name: true } },
        supplier: { select: { name: true } },
      },
    }),
});
