import { supplierScope } from "@/lib/auth/policy";
import type { Db } from "@/lib/db";
import type { ScoringSnapshot } from "@/lib/evaluation/snapshot";
import { defineDetailQuery } from "@/lib/query";

import { buildAwardLetter, letterCriteria, type AwardLetter } from "../letter";
import { ZAwardTenderParam } from "../schemas";

/**
 * One organisation's award letter and its complaints. Only that organisation's users may read it (award.read_letter:
 * forOwnSupplier): the letter shows other bidders' names only as winners, and never another bidder's own points
 * unless it won. Reads decided (APPROVED) decisions only; a revoked award's letter is gone with it. Null → 404.
 */
export const getAwardLetter = defineDetailQuery({
  name: "awards.getLetter",
  action: "award.read_letter",
  input: ZAwardTenderParam,
  load: async ({ db, actor, input, now }) => {
    const own = actor ? supplierScope(actor) : [];
    const supplierId = input.supplierId ?? own[0];
    if (!supplierId) return null;
    const letter = await loadLetter(db, input.tenderId, supplierId);
    if (!letter) return null;
    const complaints = await db.complaint.findMany({
      where: { tenderId: input.tenderId, supplierId },
      orderBy: { lodgedAt: "asc" },
      select: { id: true, lodgedAt: true, text: true, status: true, decidedAt: true, decisionReason: true, documents: { select: { id: true, filename: true, sizeBytes: true, sha256: true } } },
    });
    const open = letter.standstillEndsAt !== null && now < letter.standstillEndsAt && ["STANDSTILL", "AWARD_DECIDED"].includes(letter.status);
    return { supplierId, letter: letter.letter, status: letter.status, complaints, complaintOpen: open };
  },
});

export async function loadLetter(db: Db, tenderId: string, supplierId: string): Promise<{ letter: AwardLetter; status: string; standstillEndsAt: Date | null } | null> {
  const tender = await db.tender.findFirst({
    where: { id: tenderId, announcedAt: { not: null } },
    select: {
      id: true, reference: true, title: true, status: true, region: { select: { name: true } },
      lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
      criteria: { select: { id: true, name: true, kind: true, parentId: true, weight: true, position: true } },
      awards: {
        where: { status: "APPROVED" },
        orderBy: { proposedAt: "asc" },
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

export type AwardLetterView = NonNullable<Awaited<ReturnType<typeof getAwardLetter.load>>>;
