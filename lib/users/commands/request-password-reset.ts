import { hashResetToken, newResetToken, PASSWORD_RESET_TTL_MS, resetPath } from "@/lib/auth/reset-token";
import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { NOTIFICATION_TEMPLATES } from "@/lib/notifications";

import { ZRequestPasswordResetInput } from "../schemas";
import { revokeOutstandingResetTokens } from "../reset-tokens";

/**
 * Sends a user a single-use link to set a new password (admin; not for oneself). Stores only the token's
 * hash; the link goes to the outbox addressed to the user. Earlier links stop working. The token is never
 * returned, so the admin never sees it. A deactivated user gets no link.
 */
export const requestPasswordReset = defineCommand({
  name: "user.requestPasswordReset",
  action: "admin.users.reset_password",
  input: ZRequestPasswordResetInput,
  async load({ tx, input }) {
    // Locked, so a deactivation committing meanwhile cannot leave a fresh link behind.
    const [user] = await tx.$queryRaw<{ id: string; email: string; active: boolean }[]>`
      SELECT id, email, active FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
    return { userId: user.id, email: user.email, active: user.active };
  },
  async run({ tx, actor, resource, now }) {
    if (!resource.active) throw new AppError("INVALID_STATE", "errors.resetInactiveUser");
    const revoked = await revokeOutstandingResetTokens(tx, resource.userId, now);
    const token = newResetToken();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
    const row = await tx.passwordResetToken.create({
      data: { userId: resource.userId, tokenHash: hashResetToken(token), createdAt: now, expiresAt, requestedById: actor.userId },
      select: { id: true },
    });
    return {
      data: { userId: resource.userId, email: resource.email, expiresAt },
      audit: {
        chain: "global",
        action: "user.password_reset_requested",
        entityType: "User",
        entityId: resource.userId,
        after: { resetId: row.id, expiresAt: expiresAt.toISOString(), revokedEarlier: revoked },
      },
      notify: [
        {
          to: { userId: resource.userId },
          template: NOTIFICATION_TEMPLATES.passwordReset,
          params: { path: resetPath(token), expiresAt: expiresAt.toISOString() },
        },
      ],
    };
  },
});
