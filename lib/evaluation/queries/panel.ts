import { can } from "@/lib/auth/policy";
import { defineDetailQuery } from "@/lib/query";

import { bidderList } from "../panel/commands";
import { findEvaluationScope } from "../panel/load";
import { ZTenderIdInput } from "../schemas";

/** The officer's panel page: the seats (chair, declaration, scores submitted) and the region's evaluators to appoint. */
export const getPanel = defineDetailQuery({
  name: "evaluation.panel",
  action: "evaluation.appoint_panel",
  input: ZTenderIdInput,
  load: async ({ db, actor, input }) => {
    const scope = await findEvaluationScope(db, input.tenderId, actor!.userId);
    if (scope === null) return null;
    if (!can(actor, "evaluation.appoint_panel", scope)) return { ...scope, members: [], evaluators: [] };
    const [members, evaluators] = await Promise.all([
      db.panelMember.findMany({
        where: { tenderId: scope.id },
        orderBy: { user: { name: "asc" } },
        select: { userId: true, isChair: true, impartialityAt: true, conflictDeclaredAt: true, conflictDetails: true, scoresSubmittedAt: true, user: { select: { name: true, email: true } } },
      }),
      db.user.findMany({
        where: { active: true, memberships: { some: { role: "EVALUATOR", regionId: scope.regionId, revokedAt: null } } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, email: true },
      }),
    ]);
    return { ...scope, members, evaluators };
  },
});

/**
 * The member's declaration page: the bidders (names and organisation numbers) once the bids are opened — and
 * nothing of the bids' content; the seat's state.
 */
export const getDeclaration = defineDetailQuery({
  name: "evaluation.declaration",
  action: "evaluation.declare",
  input: ZTenderIdInput,
  load: async ({ db, actor, input }) => {
    const scope = await findEvaluationScope(db, input.tenderId, actor!.userId);
    if (scope === null) return null;
    if (!can(actor, "evaluation.declare", scope) || scope.openedAt === null) return { ...scope, bidders: [] };
    return { ...scope, bidders: await bidderList(db, scope.id) };
  },
});
