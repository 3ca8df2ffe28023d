import type { Db } from "@/lib/db";

/** Every region with the number of municipalities it covers, for the admin list (code order). */
export function listRegionsForAdmin(db: Db) {
  return db.region.findMany({
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, seat: true, _count: { select: { municipalities: true } } },
  });
}
