import { regionScope, type Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db";

/** Approved award decisions in the manager's regions (or nationally), newest first. */
export function listAwards(db: Db, actor: Actor) {
  const regions = regionScope(actor, "MANAGER");
  return db.awardDecision.findMany({
    where: { status: "APPROVED", ...(regions === "national" ? {} : { tender: { regionId: { in: regions } } }) },
    orderBy: { approvedAt: "desc" },
    select: {
      id: true,
      approvedAt: true,
      tender: { select: { reference: true, title: true, region: { select: { name: true } } } },
      lot: { select: { title: true } },
      winningBid: { select: { supplier: { select: { name: true, kind: true } } } },
    },
  });
}
