import { defineListQuery, noInput } from "@/lib/query";

/** Every supplier organisation with its owner municipality, for the admin list (name order). */
export const listSuppliersForAdmin = defineListQuery({
  name: "admin.listSuppliers",
  action: "admin.suppliers.read",
  input: noInput,
  load: ({ db }) =>
    db.supplier.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        orgnr: true,
        name: true,
        kind: true,
        verifiedWorkInclusion: true,
        verifiedIdeal: true,
        ownerMunicipality: { select: { name: true, number: true } },
      },
    }),
});
