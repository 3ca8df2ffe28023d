import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZAppointPanelInput, ZDeclareInput } from "../schemas";
import { loadEvaluationScope } from "./load";

/** The panel can be appointed from announcement until the award is proposed. */
const APPOINTABLE = new Set(["ANNOUNCED", "OPENED", "QUALIFICATION", "EVALUATION"]);

/** Bids that reached the authority (their bidders are listed on the declaration); drafts and withdrawn ones are not. */
const DECLARED_BID_STATUSES = ["SUBMITTED", "OPENED", "QUALIFIED", "REJECTED", "EVALUATED", "AWARDED", "NOT_AWARDED"] as const;

/**
 * The officer appoints the evaluation panel: EVALUATOR users of the tender's region, exactly one of them the chair.
 * Re-appointing replaces the panel; a member who has already scored cannot be removed (their scores are evidence).
 */
export const appointPanel = defineCommand({
  name: "evaluation.appoint_panel",
  action: "evaluation.appoint_panel",
  input: ZAppointPanelInput,
  load: ({ tx, input, actor }) => loadEvaluationScope(tx, input.tenderId, actor.userId),
  run: async ({ tx, input, now, actor, resource: tender }) => {
    if (!APPOINTABLE.has(tender.status)) throw new AppError("INVALID_STATE", "evaluation.errors.panelClosed", { status: tender.status });
    const memberIds = [...new Set(input.memberIds)];
    if (memberIds.length === 0) throw new AppError("VALIDATION", "evaluation.errors.panelEmpty", { fieldErrors: { memberIds: ["evaluation.errors.panelEmpty"] } });
    if (!memberIds.includes(input.chairId)) throw new AppError("VALIDATION", "evaluation.errors.chairRequired", { fieldErrors: { chairId: ["evaluation.errors.chairRequired"] } });
    const eligible = await tx.user.findMany({
      where: { id: { in: memberIds }, active: true, memberships: { some: { role: "EVALUATOR", regionId: tender.regionId, revokedAt: null } } },
      select: { id: true },
    });
    if (eligible.length !== memberIds.length) {
      throw new AppError("VALIDATION", "evaluation.errors.notRegionEvaluator", { fieldErrors: { memberIds: ["evaluation.errors.notRegionEvaluator"] } });
    }
    const current = await tx.panelMember.findMany({ where: { tenderId: tender.id }, select: { id: true, userId: true } });
    const removed = current.filter((m) => !memberIds.includes(m.userId));
    if (removed.length > 0) {
      const scored = await tx.evaluationScore.count({ where: { evaluatorId: { in: removed.map((m) => m.userId) }, bid: { tenderId: tender.id } } });
      if (scored > 0) throw new AppError("INVALID_STATE", "evaluation.errors.memberHasScores");
      await tx.panelMember.deleteMany({ where: { id: { in: removed.map((m) => m.id) } } });
    }
    for (const userId of memberIds) {
      await tx.panelMember.upsert({
        where: { tenderId_userId: { tenderId: tender.id, userId } },
        create: { tenderId: tender.id, userId, isChair: userId === input.chairId, appointedById: actor.userId, appointedAt: now },
        update: { isChair: userId === input.chairId },
      });
    }
    return {
      data: { tenderId: tender.id, memberIds, chairId: input.chairId },
      audit: {
        chain: `tender:${tender.id}`, action: "panel.appointed", entityType: "Tender", entityId: tender.id,
        before: { memberIds: current.map((m) => m.userId) }, after: { memberIds, chairId: input.chairId },
      },
    };
  },
});

/** The bidders a declaration lists: names and organisation numbers, known only once the bids are opened. */
export async function bidderList(tx: Tx, tenderId: string) {
  const bids = await tx.bid.findMany({
    where: { tenderId, status: { in: [...DECLARED_BID_STATUSES] } },
    select: { supplier: { select: { id: true, name: true, orgnr: true } } },
  });
  const byId = new Map(bids.map((b) => [b.supplier.id, b.supplier]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "nb")).map((s) => ({ supplierId: s.id, name: s.name, orgnr: s.orgnr }));
}

/**
 * The conflict-of-interest declaration (habilitetserklæring), signed once after opening, over the listed bidders.
 * No tie → the member may read the bids and score; a declared tie excludes them from this tender (both audited).
 */
export const declarePanel = defineCommand({
  name: "evaluation.declare",
  action: "evaluation.declare",
  input: ZDeclareInput,
  load: ({ tx, input, actor }) => loadEvaluationScope(tx, input.tenderId, actor.userId),
  run: async ({ tx, input, now, resource: tender }) => {
    const member = tender.member!; // the policy required the seat
    if (tender.openedAt === null) throw new AppError("INVALID_STATE", "evaluation.errors.notOpened");
    if (member.impartialityAt !== null || member.conflictDeclaredAt !== null) throw new AppError("INVALID_STATE", "evaluation.errors.alreadyDeclared");
    if (input.conflict && input.details === "") {
      throw new AppError("VALIDATION", "evaluation.errors.conflictDetailsRequired", { fieldErrors: { details: ["evaluation.errors.conflictDetailsRequired"] } });
    }
    const bidders = await bidderList(tx, tender.id);
    await tx.panelMember.update({
      where: { id: member.id },
      data: input.conflict
        ? { conflictDeclaredAt: now, conflictDetails: input.details, declaredBidders: bidders }
        : { impartialityAt: now, declaredBidders: bidders },
    });
    return {
      data: { tenderId: tender.id, conflict: input.conflict },
      audit: {
        chain: `tender:${tender.id}`, action: "panel.declared", entityType: "PanelMember", entityId: member.id,
        after: { conflict: input.conflict, details: input.conflict ? input.details : null, bidders: bidders.map((b) => b.orgnr) },
      },
    };
  },
});
