import type { Db } from "@/lib/db";

/** Row counts for the admin start page. */
export async function getAdminOverview(db: Db) {
  const [users, activeUsers, suppliers, regions, measureTypes] = await Promise.all([
    db.user.count(),
    db.user.count({ where: { active: true } }),
    db.supplier.count(),
    db.region.count(),
    db.measureType.count(),
  ]);
  return { users, activeUsers, suppliers, regions, measureTypes };
}
