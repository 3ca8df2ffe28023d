import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZAddMembershipInput } from "../schemas";
import { assertScopeExists } from "../scope-checks";

/** Grants a role (with its region or supplier scope) to another user. */
export const addMembership = defineCommand({
  name: "user.addMembership",
  action: "admin.users.update",
  input: ZAddMembershipInput,
  async load({ tx, input }) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
    return { userId: user.id };
  },
  async run({ tx, input }) {
    await assertScopeExists(tx, input);
    const existing = await tx.membership.findFirst({
      where: { userId: input.userId, role: input.role, regionId: input.regionId, supplierId: input.supplierId, revokedAt: null },
      select: { id: true },
    });
    if (existing) throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { role: ["errors.roleExists"] } });
    const membership = await tx.membership.create({
      data: { userId: input.userId, role: input.role, regionId: input.regionId, supplierId: input.supplierId },
      select: { id: true },
    });
    return {
      data: membership,
      audit: {
        chain: "global",
        action: "membership.grant",
        entityType: "Membership",
        entityId: membership.id,
        after: { userId: input.userId, role: input.role, regionId: input.regionId, supplierId: input.supplierId },
      },
    };
  },
});
