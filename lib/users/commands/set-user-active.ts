import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZSetUserActiveInput } from "../schemas";
import { revokeOutstandingResetTokens } from "../reset-tokens";
import { assertAnotherAdminRemains } from "../scope-checks";

/**
 * Deactivates or reactivates a user. An admin cannot change their own status (policy: notSelf).
 * Deactivating also revokes the user's outstanding password-reset links.
 */
export const setUserActive = defineCommand({
  name: "user.setActive",
  action: "admin.users.update",
  input: ZSetUserActiveInput,
  async load({ tx, input }) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, active: true } });
    if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
    return { userId: user.id, active: user.active };
  },
  async run({ tx, input, resource, now }) {
    if (!input.active) await assertAnotherAdminRemains(tx, input.userId);
    await tx.user.update({ where: { id: input.userId }, data: { active: input.active } });
    if (!input.active) await revokeOutstandingResetTokens(tx, input.userId, now);
    return {
      data: { userId: input.userId, active: input.active },
      audit: {
        chain: "global",
        action: input.active ? "user.reactivate" : "user.deactivate",
        entityType: "User",
        entityId: input.userId,
        before: { active: resource.active },
        after: { active: input.active },
      },
    };
  },
});
