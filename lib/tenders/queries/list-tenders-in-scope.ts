import { regionScope, type Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db";

/** The officer's (or evaluator's) worklist: every competition in their regions, newest first. */
export function listTendersInScope(db: Db, actor: Actor) {
  const regions = (["OFFICER", "EVALUATOR"] as const).flatMap((role) => {
    const scope = regionScope(actor, role);
    return scope === "national" ? [] : scope;
  });
  return db.tender.findMany({
    where: { regionId: { in: regions } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      deadline: true,
      region: { select: { name: true } },
      _count: { select: { bids: { where: { status: { notIn: ["DRAFT", "WITHDRAWN"] } } } } },
    },
  });
}
