import type { CriterionKind, Prisma } from "@/lib/generated/prisma/client";

export interface StoredCriterion {
  id: string;
  parentId: string | null;
  kind: CriterionKind;
  name: string;
  weight: Prisma.Decimal;
  position: number;
}

/**
 * The criteria that are scored: those without sub-criteria (a parent's weight is its children's sum, so the leaves'
 * weights are percent of the total and sum to 100). Price first, then quality in the order the tender lists them
 * (parents by position, each parent's children by position).
 */
export function leafCriteria<C extends StoredCriterion>(criteria: readonly C[]): C[] {
  const parents = new Set(criteria.flatMap((c) => (c.parentId === null ? [] : [c.parentId])));
  const top = criteria.filter((c) => c.parentId === null).sort((a, b) => a.position - b.position);
  const ordered = top.flatMap((c) => (parents.has(c.id) ? criteria.filter((child) => child.parentId === c.id).sort((a, b) => a.position - b.position) : [c]));
  const leaves = ordered.filter((c) => !parents.has(c.id));
  return [...leaves.filter((c) => c.kind === "PRICE"), ...leaves.filter((c) => c.kind === "QUALITY")];
}

/** The quality criteria each evaluator scores. */
export function qualityLeaves<C extends StoredCriterion>(criteria: readonly C[]): C[] {
  return leafCriteria(criteria).filter((c) => c.kind === "QUALITY");
}
