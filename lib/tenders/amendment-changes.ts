import Decimal from "decimal.js";

/**
 * What an amendment changed, as stored in Amendment.changes (JSON) and shown on the notice: old → new for each
 * deadline and criterion field, and the document versions it published. Instants are ISO UTC strings.
 */
export interface AmendmentChanges {
  deadline?: { from: string | null; to: string };
  questionDeadline?: { from: string | null; to: string };
  documents?: { documentId: string; title: string; number: number; filename: string; sha256: string }[];
  criteria?: { id: string; name: string; field: "name" | "description" | "weight"; from: string; to: string }[];
}

export interface StoredCriterion {
  id: string;
  parentId: string | null;
  name: string;
  description: string;
  weight: { toString(): string };
}

export type CriteriaDiff =
  | { ok: true; changes: NonNullable<AmendmentChanges["criteria"]>; updates: { id: string; name: string; description: string; weight: string }[] }
  | { ok: false; messageKey: string };

/** The criteria bidders are scored on: those without sub-criteria (price, and each quality sub-criterion). */
export function leafCriteria<C extends StoredCriterion>(criteria: readonly C[]): C[] {
  return criteria.filter((criterion) => !criteria.some((child) => child.parentId === criterion.id));
}

/**
 * Compares the amended criteria with the stored ones (pure). Every leaf must be given exactly once and the weights
 * must still sum to exactly 100; the result lists each changed field old → new.
 */
export function diffCriteria(stored: readonly StoredCriterion[], amended: readonly { id: string; name: string; description: string; weight: string }[]): CriteriaDiff {
  const leaves = leafCriteria(stored);
  const ids = new Set(amended.map((criterion) => criterion.id));
  if (ids.size !== amended.length || ids.size !== leaves.length || leaves.some((leaf) => !ids.has(leaf.id))) {
    return { ok: false, messageKey: "amendments.errors.criteriaIncomplete" };
  }
  const total = amended.reduce((sum, criterion) => sum.plus(criterion.weight), new Decimal(0));
  if (!total.eq(100)) return { ok: false, messageKey: "errors.announce.weightsNot100" };
  const changes: NonNullable<AmendmentChanges["criteria"]> = [];
  const updates: { id: string; name: string; description: string; weight: string }[] = [];
  for (const leaf of leaves) {
    const next = amended.find((criterion) => criterion.id === leaf.id)!;
    const before = { name: leaf.name, description: leaf.description, weight: new Decimal(leaf.weight.toString()).toFixed() };
    const after = { name: next.name, description: next.description, weight: new Decimal(next.weight).toFixed() };
    const fields = (["name", "description", "weight"] as const).filter((field) => before[field] !== after[field]);
    for (const field of fields) changes.push({ id: leaf.id, name: leaf.name, field, from: before[field], to: after[field] });
    if (fields.length > 0) updates.push({ id: leaf.id, ...after });
  }
  return { ok: true, changes, updates };
}

/** Reads a stored changes value defensively (older rows, hand-made seed rows): unknown parts are dropped. */
export function readChanges(value: unknown): AmendmentChanges {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as AmendmentChanges) : {};
}
