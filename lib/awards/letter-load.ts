import type { Db } from "@/lib/db";
import type { ScoringSnapshot } from "@/lib/evaluation/snapshot";

import { buildAwardLetter, letterCriteria, type AwardLetter } from "./letter";

/**
 * Loads what one organisation's award letter is built from (for getAwardLetter, which authorizes the organisation):
 * the decided (APPROVED) decisions with their snapshots, the organisation's own bids and the winners' names.
 */
export async function loadLetter(db: Db, tenderId: string, supplierId: string): Promise<{ letter: AwardLetter; status: string; standstillEndsAt: Date | null } | null> {
  const tender = await db.tender.findFirst({
    where: { id: tenderId, announcedAt: { not: null } },
    select: {
      id: true, reference: true, title: true, status: true, region: { select: { name: true } },
      lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
      criteria: { select: { id: true, name: true, kind: true, parentId: true, weight: true, position: true } },
      awards: {
        where: { status: "APPROVED" },
        orderBy: [{ rank: "asc" }, { proposedAt: "asc" }],
        select: { lotId: true, winningBidId: true, sentAt: true, standstillEndsAt: true, standstillSkippedReason: true, scoringSnapshot: true, winningBid: { select: { supplier: { select: { name: true } } } } },
      },
    },
  });
  if (!tender || tender.awards.length === 0) return null;
  const [supplier, ownBids] = await Promise.all([
    db.supplier.findUnique({ where: { id: supplierId }, select: { name: true } }),
    db.bid.findMany({ where: { tenderId, supplierId, status: { notIn: ["DRAFT", "WITHDRAWN", "LATE_REJECTED"] } }, select: { id: true, lotId: true, status: true, rejectionReason: true } }),
  ]);
  if (!supplier || ownBids.length === 0) return null;
  const names: Record<string, string> = Object.fromEntries(tender.awards.map((a) => [a.winningBidId, a.winningBid.supplier.name]));
  for (const bid of ownBids) names[bid.id] = supplier.name;
  const letter = buildAwardLetter({
    tender: { id: tender.id, reference: tender.reference, title: tender.title, regionName: tender.region.name },
    supplierName: supplier.name,
    criteria: letterCriteria(tender.criteria),
    decisions: tender.awards.map((a) => ({ ...a, snapshot: a.scoringSnapshot as unknown as ScoringSnapshot })),
    lots: tender.lots,
    ownBids,
    names,
  });
  return letter ? { letter, status: tender.status, standstillEndsAt: letter.standstillEndsAt } : null;
}

