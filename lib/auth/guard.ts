import "server-only";

import { forbidden } from "next/navigation";

import { areaHome, type AreaId } from "@/lib/auth/areas";
import { canEnterArea, type Actor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";

/**
 * For area layouts: the actor if they may enter the area; login for anonymous users, 403 for the wrong role.
 * The proxy has already sent visitors without a session to the log-in page with the exact path to return to;
 * this catches a session whose user has since been deactivated, and sends them back to the area's start.
 */
export async function requireArea(area: AreaId): Promise<Actor> {
  const actor = await requireActor(areaHome(area));
  if (!canEnterArea(actor, area)) forbidden();
  return actor;
}
