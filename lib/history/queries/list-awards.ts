import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/** Approved award decisions in the manager's regions (or nationally), newest first. */
export const listAwards = defineListQuery({
  name: "history.listAwards",
  action: "history.read",
  input: noInput,
  load: ({ db, scope }) =>
    db.awardDecision.findMany({
      where: { status: "APPROVED", tender: scopeWhere(scope) },
      orderBy: { approvedAt: "desc" },
      select: {
        id: true,
        approvedAt: true,
        tender: { select: { reference: true, title: true, regionId: true, region: { select: { name: true } } } },
        lot: { select: { title: true } },
        winningBid: { select: { supplier: { select: { name: true, kind: true } } } },
      },
    }),
  scopeOf: (award) => ({ regionId: award.tender.regionId }),
});
