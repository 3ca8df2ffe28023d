import type { ScoringSnapshot } from "@/lib/evaluation/snapshot";
import { defineDetailQuery, defineListQuery, noInput, scopeWhere } from "@/lib/query";

import { letterCriteria } from "../letter";
import { ZAwardTenderParam } from "../schemas";

/**
 * The award as the authority sees it: every proposal (with the snapshot's ranking, points and justifications per bid,
 * named), the standstill, complaints, injunctions and contracts. For the region's officers and managers (award.read);
 * approving is a separate right (award.approve). Awards exist only after opening, so nothing sealed is read here.
 */
export const getAwardForOfficer = defineDetailQuery({
  name: "awards.getForOfficer",
  action: "award.read",
  input: ZAwardTenderParam,
  load: async ({ db, input }) => {
    const tender = await db.tender.findUnique({
      where: { id: input.tenderId },
      select: {
        id: true, reference: true, title: true, status: true, version: true, regionId: true, regime: true, contractMonths: true, optionModel: true,
        region: { select: { name: true } },
        lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
        criteria: { select: { id: true, name: true, kind: true, parentId: true, weight: true, position: true } },
        awards: {
          orderBy: [{ proposedAt: "desc" }],
          select: {
            id: true, lotId: true, status: true, reasoning: true, scoringSnapshot: true, proposedAt: true, approvedAt: true, sentAt: true,
            standstillEndsAt: true, standstillSkippedReason: true, returnComment: true, returnedAt: true, winningBidId: true,
            proposedBy: { select: { id: true, name: true } }, approvedBy: { select: { name: true } }, returnedBy: { select: { name: true } },
          },
        },
        bids: { where: { status: { notIn: ["DRAFT", "WITHDRAWN", "LATE_REJECTED"] } }, select: { id: true, lotId: true, status: true, rejectionReason: true, supplier: { select: { id: true, name: true } } } },
        complaints: {
          orderBy: { lodgedAt: "asc" },
          select: {
            id: true, lodgedAt: true, text: true, status: true, decidedAt: true, decisionReason: true, supplier: { select: { name: true } },
            documents: { select: { id: true, filename: true, sizeBytes: true, sha256: true } },
          },
        },
        injunctions: { orderBy: { registeredAt: "asc" }, select: { id: true, registeredAt: true, note: true, liftedAt: true, liftReason: true } },
        contracts: { select: { id: true, lotId: true, valueOre: true, startsOn: true, endsOn: true, maxEndsOn: true, contractDate: true, optionModel: true, supplier: { select: { name: true } } } },
      },
    });
    if (!tender) return null;
    const names = Object.fromEntries(tender.bids.map((b) => [b.id, b.supplier.name]));
    const awards = tender.awards.map(({ scoringSnapshot, ...award }) => ({ ...award, snapshot: scoringSnapshot as unknown as ScoringSnapshot }));
    const live = awards.filter((a) => a.status === "APPROVED");
    const ends = live.map((a) => a.standstillEndsAt).filter((d): d is Date => d !== null);
    return {
      ...tender,
      awards,
      names,
      criteriaList: letterCriteria(tender.criteria),
      bidders: new Set(tender.bids.map((b) => b.supplier.id)).size,
      standstillEndsAt: ends.length ? new Date(Math.max(...ends.map((d) => d.getTime()))) : null,
      proposedById: awards.find((a) => a.status === "PROPOSED")?.proposedBy.id ?? null,
    };
  },
});

export type OfficerAward = NonNullable<Awaited<ReturnType<typeof getAwardForOfficer.load>>>;

/** Proposals awaiting a decision in the actor's scope (the manager's approval list), oldest first. */
export const listAwardProposals = defineListQuery({
  name: "awards.listProposals",
  action: "award.read",
  input: noInput,
  load: ({ db, scope }) =>
    db.tender.findMany({
      where: { AND: [scopeWhere(scope), { status: "AWARD_PROPOSED" }] },
      orderBy: { updatedAt: "asc" },
      select: {
        id: true, reference: true, title: true, regionId: true, region: { select: { name: true } },
        awards: { where: { status: "PROPOSED" }, select: { id: true, proposedAt: true, proposedBy: { select: { id: true, name: true } } } },
      },
    }),
});
