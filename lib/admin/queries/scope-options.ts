import { defineDetailQuery, noInput } from "@/lib/query";

export interface ScopeOption {
  id: string;
  label: string;
}

/** The regions and suppliers a membership may be scoped to, as options for the role forms. */
export const listScopeOptions = defineDetailQuery({
  name: "admin.scopeOptions",
  action: "admin.users.read",
  input: noInput,
  load: async ({ db }): Promise<{ regions: ScopeOption[]; suppliers: ScopeOption[] }> => {
    const [regions, suppliers] = await Promise.all([
      db.region.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
      db.supplier.findMany({
        where: { deletedInRegisterAt: null },
        orderBy: { name: "asc" },
        select: { id: true, name: true, orgnr: true },
      }),
    ]);
    return {
      regions: regions.map((region) => ({ id: region.id, label: region.name })),
      suppliers: suppliers.map((supplier) => ({ id: supplier.id, label: `${supplier.name} (${supplier.orgnr})` })),
    };
  },
});
