import "server-only";

import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";

import { loadActor } from "@/lib/auth/actor";
import { authOptions } from "@/lib/auth/options";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";

/**
 * The signed-in actor, with roles read from the database for this request (not from the cookie).
 * Cached per request: the header and the page ask for it once each.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const actor = await loadActor(db, userId);
  return actor?.active ? actor : null;
});

export async function requireActor(callbackUrl: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return actor;
}

/** The actor plus what the header shows. */
export async function getCurrentUser(): Promise<{ actor: Actor; name: string; email: string } | null> {
  const actor = await getActor();
  if (!actor) return null;
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true } });
  return user ? { actor, ...user } : null;
}
