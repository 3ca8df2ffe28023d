import { AppError } from "@/lib/errors/app-error";

import { areaHome, type AreaId } from "./areas";
import {
  ACTIONS, PERMISSIONS, ROLE_SCOPE, ROLES, type Action, type Actor, type Grant, type PolicyResource, type Role, type ScopeCondition,
} from "./permissions";

export { ACTIONS, PERMISSIONS, ROLES };
export type { Action, Actor, ActorMembership, PolicyResource, ResourceScope, Role, ScopeCondition } from "./permissions";

const GRANTS_BY_ACTION: ReadonlyMap<string, readonly Grant[]> = PERMISSIONS.reduce((map, grant) => {
  map.set(grant.action, [...(map.get(grant.action) ?? []), grant]);
  return map;
}, new Map<string, Grant[]>());

/**
 * May `actor` perform `action` on `resource`? Fails closed: an inactive actor, an unknown action, a
 * membership with an unknown role, or a scoped action without the resource it needs → false.
 */
export function can(actor: Actor | null | undefined, action: Action, resource?: PolicyResource): boolean {
  if (!actor?.active) return false;
  const grants = GRANTS_BY_ACTION.get(action) ?? [];
  return grants.some((grant) => {
    const scopes = actor.memberships.filter((m) => grant.roles.includes(m.role));
    return scopes.length > 0 && (grant.when?.({ actor, scopes, resource }) ?? true);
  });
}

/**
 * The check every command starts with (runCommand does it for commands declaring an `action`).
 * Throws AppError FORBIDDEN when `can` says no.
 */
export function authorize(actor: Actor | null | undefined, action: Action, resource?: PolicyResource): void {
  if (!can(actor, action, resource)) throw new AppError("FORBIDDEN", "errors.forbidden", { action });
}

/**
 * The rows `actor` may read under `action`, for list queries: one condition per applicable grant (any may hold; `{}`
 * is everything), derived from the same predicates `can` evaluates, so a list never shows what a detail refuses.
 * An empty list means nothing. A grant whose predicate has no list form cannot scope a list: a programming error.
 */
export function readScope(actor: Actor | null | undefined, action: Action): ScopeCondition[] {
  if (!actor?.active) return [];
  return (GRANTS_BY_ACTION.get(action) ?? []).flatMap((grant) => {
    const scopes = actor.memberships.filter((m) => grant.roles.includes(m.role));
    if (scopes.length === 0) return [];
    if (!grant.when) return [{}];
    if (!grant.when.where) throw new Error(`${action} has a grant without a list form; it cannot scope a list`);
    return [grant.when.where({ actor, scopes })];
  });
}

export type Area = AreaId;

const AREA_ROLES: Readonly<Record<Area, readonly Role[]>> = {
  admin: ["ADMIN"],
  // Managers approve drafts and follow their region's competitions here.
  officer: ["OFFICER", "EVALUATOR", "MANAGER"],
  manager: ["MANAGER"],
  supplier: ["SUPPLIER_USER"],
};

/** Which area a user with several roles lands in after log-in. */
const HOME_ORDER: readonly Area[] = ["admin", "manager", "officer", "supplier"];

/** Layout/middleware gate: does the actor hold a role that works in this area? */
export function canEnterArea(actor: Actor | null | undefined, area: Area): boolean {
  if (!actor?.active) return false;
  const roles = AREA_ROLES[area] ?? [];
  // A membership missing the scope its role needs (a supplier user without an organisation) opens nothing.
  return actor.memberships.some((m) => roles.includes(m.role) && (!ROLE_SCOPE[m.role]?.supplier || m.supplierId !== null));
}

/** Home path after login (first enterable of admin, officer, manager, supplier); null = no access. */
export function areaFor(actor: Actor | null | undefined): string | null {
  const area = HOME_ORDER.find((candidate) => canEnterArea(actor, candidate));
  return area ? areaHome(area) : null;
}

/** Region ids the actor holds in `role` (for scoped list queries); "national" for a null-region MANAGER. */
export function regionScope(actor: Actor, role: Role): string[] | "national" {
  const scopes = actor.active ? actor.memberships.filter((m) => m.role === role) : [];
  if (ROLE_SCOPE[role].region === "optional" && scopes.some((m) => m.regionId === null)) return "national";
  return scopes.flatMap((m) => (m.regionId === null ? [] : [m.regionId]));
}

/** Supplier ids the actor acts for. */
export function supplierScope(actor: Actor): string[] {
  if (!actor.active) return [];
  return actor.memberships.flatMap((m) => (m.role === "SUPPLIER_USER" && m.supplierId !== null ? [m.supplierId] : []));
}
