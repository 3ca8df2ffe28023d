import type { DbOrTx } from "@/lib/db";
import { isRole, type Actor, type ActorMembership } from "./permissions";

/**
 * Loads the actor for a request from the database — never from the session cookie — so a revoked
 * membership or a deactivated user takes effect on the next request. Null for an unknown user.
 */
export async function loadActor(db: Pick<DbOrTx, "user">, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      active: true,
      locale: true,
      memberships: { where: { revokedAt: null }, select: { role: true, regionId: true, supplierId: true, supplierAdmin: true } },
    },
  });
  if (!user) return null;
  const memberships: ActorMembership[] = user.memberships.flatMap((m) =>
    isRole(m.role) ? [{ role: m.role, regionId: m.regionId, supplierId: m.supplierId, ...(m.supplierAdmin ? { supplierAdmin: true } : {}) }] : [],
  );
  return { userId: user.id, active: user.active, locale: user.locale === "en" ? "en" : "nb", memberships };
}
