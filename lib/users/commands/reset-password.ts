import { hashPassword } from "@/lib/auth/password";
import { hashResetToken, resetTokenStatus } from "@/lib/auth/reset-token";
import { AppError } from "@/lib/errors";
import { definePublicCommand } from "@/lib/mutation";

import { ZResetPasswordInput } from "../schemas";
import { revokeOutstandingResetTokens } from "../reset-tokens";

const TOKEN_ERRORS = {
  unknown: () => new AppError("NOT_FOUND", "errors.resetToken.unknown"),
  expired: () => new AppError("INVALID_STATE", "errors.resetToken.expired"),
  used: () => new AppError("INVALID_STATE", "errors.resetToken.used"),
} as const;

/**
 * Sets a new password with a reset link. Public: holding the unexpired, unused token is the right to do it,
 * so the audit names the token's user as the actor. Marks the token used and revokes the user's other links.
 */
export const resetPassword = definePublicCommand({
  name: "user.resetPassword",
  input: ZResetPasswordInput,
  async load({ tx, input }) {
    // The row lock makes the token single-use even when the form is posted twice at once.
    const [row] = await tx.$queryRaw<{ id: string; userId: string; expiresAt: Date; usedAt: Date | null; revokedAt: Date | null; userActive: boolean }[]>`
      SELECT t.id, t."userId", t."expiresAt", t."usedAt", t."revokedAt", u.active AS "userActive"
      FROM "PasswordResetToken" t JOIN "User" u ON u.id = t."userId"
      WHERE t."tokenHash" = ${hashResetToken(input.token)}
      FOR UPDATE OF t`;
    return { token: row ?? null };
  },
  async run({ tx, input, resource: { token }, now }) {
    const status = resetTokenStatus(token, now);
    if (status !== "valid" || !token) throw TOKEN_ERRORS[status === "valid" ? "unknown" : status]();
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: token.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw TOKEN_ERRORS.used();
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash: await hashPassword(input.password) } });
    const revoked = await revokeOutstandingResetTokens(tx, token.userId, now);
    return {
      data: { userId: token.userId },
      actorId: token.userId,
      audit: {
        chain: "global",
        action: "user.password_reset",
        entityType: "User",
        entityId: token.userId,
        after: { resetId: token.id, revokedOthers: revoked },
      },
    };
  },
});
