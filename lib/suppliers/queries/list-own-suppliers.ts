import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/** The organisations the signed-in supplier user acts for. */
export const listOwnSuppliers = defineListQuery({
  name: "suppliers.listOwn",
  action: "supplier.read_own",
  input: noInput,
  load: ({ db, scope }) =>
    db.supplier.findMany({
      where: scopeWhere(scope, ({ supplierId }) => ({ id: supplierId })),
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  scopeOf: (supplier) => ({ supplierId: supplier.id }),
});
