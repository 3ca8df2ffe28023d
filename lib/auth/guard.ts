import "server-only";

import { forbidden } from "next/navigation";

import type { AreaId } from "@/lib/auth/areas";
import { canEnterArea, type Actor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";

/** For pages: the actor if they may enter the area; login for anonymous users, 403 for the wrong role. */
export async function requireArea(area: AreaId, path: string): Promise<Actor> {
  const actor = await requireActor(path);
  if (!canEnterArea(actor, area)) forbidden();
  return actor;
}
