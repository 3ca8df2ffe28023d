import type { Tx } from "@/lib/db";

import { qualityLeaves } from "../criteria";
import { VALID_BID_STATUSES } from "../valid-bids";

/** The grid every evaluator fills in: the tender's quality leaf criteria × its valid bids. */
export async function scoringGrid(tx: Tx, tenderId: string) {
  const [criteria, bids] = await Promise.all([
    tx.awardCriterion.findMany({ where: { tenderId }, select: { id: true, parentId: true, kind: true, name: true, description: true, weight: true, position: true } }),
    tx.bid.findMany({
      where: { tenderId, status: { in: [...VALID_BID_STATUSES] } },
      orderBy: [{ lot: { number: "asc" } }, { supplier: { name: "asc" } }],
      select: { id: true, lotId: true, lot: { select: { number: true, title: true } }, supplier: { select: { name: true, orgnr: true } } },
    }),
  ]);
  const leaves = qualityLeaves(criteria);
  return {
    criteria: leaves,
    bids,
    bidIds: new Set(bids.map((b) => b.id)),
    criterionIds: new Set(leaves.map((c) => c.id)),
    /** Every (bid, criterion) pair the grid has. */
    size: bids.length * leaves.length,
  };
}
