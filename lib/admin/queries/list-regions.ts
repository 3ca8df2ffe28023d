import { defineListQuery, noInput } from "@/lib/query";

/** Every region with the number of municipalities it covers, for the admin list (code order). */
export const listRegionsForAdmin = defineListQuery({
  name: "admin.listRegions",
  action: "admin.reference.read",
  input: noInput,
  load: ({ db }) =>
    db.region.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true, seat: true, draftApproval: true, _count: { select: { municipalities: true } } },
    }),
});
