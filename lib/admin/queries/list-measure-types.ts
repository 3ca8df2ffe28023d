import { defineListQuery, noInput } from "@/lib/query";

/** Every measure type (tiltakstype), for the admin list (code order). Reference data: the admin's scope is all. */
export const listMeasureTypesForAdmin = defineListQuery({
  name: "admin.listMeasureTypes",
  action: "admin.reference.read",
  input: noInput,
  load: ({ db }) =>
    db.measureType.findMany({
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameNb: true, nameEn: true, acquisition: true, active: true },
    }),
});
