import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/** The officer's (or evaluator's) worklist: every competition the policy lets them read, newest first. */
export const listTendersInScope = defineListQuery({
  name: "tenders.listInScope",
  action: "tender.read",
  input: noInput,
  load: ({ db, scope }) =>
    db.tender.findMany({
      where: scopeWhere(scope),
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        deadline: true,
        regionId: true,
        announcedAt: true,
        region: { select: { name: true } },
        _count: { select: { bids: { where: { status: { notIn: ["DRAFT", "WITHDRAWN"] } } } } },
      },
    }),
});
