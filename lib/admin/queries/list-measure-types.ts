import type { Db } from "@/lib/db";

/** Every measure type (tiltakstype), for the admin list (code order). */
export function listMeasureTypesForAdmin(db: Db) {
  return db.measureType.findMany({
    orderBy: { code: "asc" },
    select: { id: true, code: true, nameNb: true, nameEn: true, acquisition: true, active: true },
  });
}
