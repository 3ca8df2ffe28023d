import { defineDetailQuery, noInput } from "@/lib/query";

/** Row counts for the admin start page. */
export const getAdminOverview = defineDetailQuery({
  name: "admin.overview",
  action: "admin.reference.read",
  input: noInput,
  load: async ({ db }) => {
    const [users, activeUsers, suppliers, regions, measureTypes] = await Promise.all([
      db.user.count(),
      db.user.count({ where: { active: true } }),
      db.supplier.count(),
      db.region.count(),
      db.measureType.count(),
    ]);
    return { users, activeUsers, suppliers, regions, measureTypes };
  },
});
