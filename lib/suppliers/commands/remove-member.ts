import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZRemoveMemberInput } from "../schemas";

/**
 * The organisation's administrator removes a colleague from the organisation: the membership is revoked (kept for
 * the audit trail); the user can no longer act for it. Never oneself, so an organisation always keeps the
 * administrator who did it.
 */
export const removeMember = defineCommand({
  name: "supplier.removeMember",
  action: "supplier.admin",
  input: ZRemoveMemberInput,
  async load({ tx, input }) {
    const [row] = await tx.$queryRaw<{ id: string; userId: string; supplierId: string | null; role: string; revokedAt: Date | null }[]>`
      SELECT id, "userId", "supplierId", role::text AS role, "revokedAt" FROM "Membership" WHERE id = ${input.membershipId} FOR UPDATE`;
    if (!row || row.role !== "SUPPLIER_USER" || !row.supplierId) throw new AppError("NOT_FOUND", "errors.notFound");
    return { ...row, supplierId: row.supplierId };
  },
  async run({ tx, actor, resource: membership, now }) {
    if (membership.userId === actor.userId) throw new AppError("INVALID_STATE", "suppliers.errors.removeSelf");
    if (membership.revokedAt) throw new AppError("INVALID_STATE", "suppliers.errors.memberGone");
    await tx.membership.update({ where: { id: membership.id }, data: { revokedAt: now } });
    return {
      data: { membershipId: membership.id, supplierId: membership.supplierId },
      audit: { chain: "global", action: "supplier.member_removed", entityType: "Membership", entityId: membership.id, after: { supplierId: membership.supplierId, userId: membership.userId } },
    };
  },
});
