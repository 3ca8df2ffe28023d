import type { ScopeCondition } from "@/lib/auth/policy";

/**
 * The policy's read scope as a Prisma `where`: any of the conditions, each placed where the model keeps its scope
 * fields (`at`: e.g. `({ regionId }) => ({ id: regionId })` for the regions themselves). No conditions → no rows;
 * an empty condition (a grant without limits, e.g. a national manager) → every row. Prisma reads `{ OR: [{}] }` as
 * no rows, so that case is answered here.
 */
export function scopeWhere(scope: readonly ScopeCondition[]): { OR: ScopeCondition[] };
export function scopeWhere<W>(scope: readonly ScopeCondition[], at: (condition: ScopeCondition) => W): { OR: W[] };
export function scopeWhere<W>(scope: readonly ScopeCondition[], at?: (condition: ScopeCondition) => W): { OR: (W | ScopeCondition)[] } | { OR?: never } {
  if (scope.some((condition) => Object.keys(condition).length === 0)) return {};
  return { OR: at ? scope.map(at) : [...scope] };
}
