import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/** The regions whose award history the manager reads (every region for a national manager), by name. */
export const listHistoryRegions = defineListQuery({
  name: "history.listRegions",
  action: "history.read",
  input: noInput,
  load: ({ db, scope }) =>
    db.region.findMany({
      where: scopeWhere(scope, ({ regionId }) => ({ id: regionId })),
      orderBy: { name: "asc" },
      select: { id: true, code: true, name: true },
    }),
  scopeOf: (region) => ({ regionId: region.id }),
});
