import { ROUTES } from "@/lib/routes";

/**
 * The role areas of the app: the path prefixes each owns (the first is where it starts) and its
 * navigation label, in navigation order. Who may enter one is decided by policy.canEnterArea.
 */
export const AREAS = [
  { id: "officer", paths: [ROUTES.officer], labelKey: "nav.officer" },
  { id: "supplier", paths: [ROUTES.portal], labelKey: "nav.supplier" },
  { id: "manager", paths: [ROUTES.history, ROUTES.analytics], labelKey: "nav.manager" },
  { id: "admin", paths: [ROUTES.admin], labelKey: "nav.admin" },
] as const;

export type AreaId = (typeof AREAS)[number]["id"];

/** Where an area starts. */
export function areaHome(id: AreaId): string {
  return AREAS.find((area) => area.id === id)!.paths[0];
}
