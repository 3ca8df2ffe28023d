import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The region or supplier a membership points at must exist; ids from a form are unverified. */
export async function assertScopeExists(tx: Tx, scope: { regionId: string | null; supplierId: string | null }) {
  if (scope.regionId && !(await tx.region.findUnique({ where: { id: scope.regionId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { regionId: ["errors.regionRequired"] } });
  }
  if (scope.supplierId && !(await tx.supplier.findUnique({ where: { id: scope.supplierId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { supplierId: ["errors.supplierRequired"] } });
  }
}

/** Refuses a change that would leave no active administrator (nobody could then manage users). */
export async function assertAnotherAdminRemains(tx: Tx, userId: string) {
  // Lock the admin memberships and their users so two concurrent removals cannot both pass this check.
  const admins = await tx.$queryRaw<{ userId: string }[]>`
    SELECT m."userId" FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m.role = 'ADMIN' AND m."revokedAt" IS NULL AND u.active
    FOR UPDATE OF m, u`;
  if (!admins.some((admin) => admin.userId !== userId)) throw new AppError("INVALID_STATE", "errors.lastAdmin");
}
