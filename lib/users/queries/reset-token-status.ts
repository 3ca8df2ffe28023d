import { hashResetToken, resetTokenStatus } from "@/lib/auth/reset-token";
import { definePublicQuery } from "@/lib/query";

import { ZResetToken } from "../schemas";

/**
 * What the reset page should show for a link's token. Public because whoever holds the link is not signed in; it
 * reveals nothing about the user, only whether the link still works.
 */
export const getResetTokenStatus = definePublicQuery({
  name: "users.resetTokenStatus",
  input: ZResetToken.catch(""),
  load: async ({ db, input, now }) => {
    if (!input) return "unknown" as const;
    const row = await db.passwordResetToken.findUnique({
      where: { tokenHash: hashResetToken(input) },
      select: { expiresAt: true, usedAt: true, revokedAt: true, user: { select: { active: true } } },
    });
    return resetTokenStatus(row && { ...row, userActive: row.user.active }, now);
  },
});
