import type { PanelSeat } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * What the evaluation policy judges, from stored rows only: the tender's region and state and the ACTOR's own seat
 * on its panel (PanelMember), never anything the request says. Commands and queries of the evaluation load this.
 */
export async function findEvaluationScope(tx: Tx, tenderId: string, userId: string) {
  const tender = await tx.tender.findUnique({
    where: { id: tenderId },
    select: {
      id: true, reference: true, title: true, regionId: true, status: true, version: true, openedAt: true, maxPoints: true,
      panel: { where: { userId }, select: { id: true, userId: true, isChair: true, impartialityAt: true, conflictDeclaredAt: true, scoresSubmittedAt: true } },
    },
  });
  if (!tender) return null;
  const { panel, ...rest } = tender;
  const member = panel[0] ?? null;
  const panelSeat: PanelSeat | null = member === null ? null : {
    userId: member.userId,
    chair: member.isChair,
    declaredAt: member.impartialityAt ?? member.conflictDeclaredAt,
    conflict: member.conflictDeclaredAt !== null,
  };
  return { ...rest, member, panelSeat };
}

export type EvaluationScope = NonNullable<Awaited<ReturnType<typeof findEvaluationScope>>>;

/** For commands: as findEvaluationScope, NOT_FOUND when there is no such tender. */
export async function loadEvaluationScope(tx: Tx, tenderId: string, userId: string): Promise<EvaluationScope> {
  const scope = await findEvaluationScope(tx, tenderId, userId);
  if (scope === null) throw new AppError("NOT_FOUND", "errors.notFound");
  return scope;
}

/** Scoring and consensus happen while the tender is in EVALUATION (and only after opening). */
export function requireEvaluation(scope: { status: string; openedAt: Date | null }): void {
  if (scope.status !== "EVALUATION" || scope.openedAt === null) {
    throw new AppError("INVALID_STATE", "evaluation.errors.notInEvaluation", { status: scope.status });
  }
}
