import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZRevokeMembershipInput } from "../schemas";
import { assertAnotherAdminRemains } from "../scope-checks";

/** Revokes a role. The row stays (revokedAt) for the audit trail; it stops counting at once. */
export const revokeMembership = defineCommand({
  name: "user.revokeMembership",
  action: "admin.users.update",
  input: ZRevokeMembershipInput,
  async load({ tx, input }) {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, revokedAt: null },
      select: { id: true, userId: true, role: true, regionId: true, supplierId: true },
    });
    if (!membership) throw new AppError("NOT_FOUND", "errors.notFound");
    return membership;
  },
  async run({ tx, resource, now }) {
    if (resource.role === "ADMIN") await assertAnotherAdminRemains(tx, resource.userId);
    const { count } = await tx.membership.updateMany({ where: { id: resource.id, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) throw new AppError("CONFLICT", "errors.conflict");
    return {
      data: { membershipId: resource.id },
      audit: {
        chain: "global",
        action: "membership.revoke",
        entityType: "Membership",
        entityId: resource.id,
        before: { userId: resource.userId, role: resource.role, regionId: resource.regionId, supplierId: resource.supplierId },
      },
    };
  },
});
