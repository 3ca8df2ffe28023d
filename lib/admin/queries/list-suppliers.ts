import type { Db } from "@/lib/db";

/** Every supplier organisation with its owner municipality, for the admin list (name order). */
export function listSuppliersForAdmin(db: Db) {
  return db.supplier.findMany({
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
  });
}
