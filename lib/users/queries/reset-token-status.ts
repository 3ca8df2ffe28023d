import { hashResetToken, resetTokenStatus, type ResetTokenStatus } from "@/lib/auth/reset-token";
import type { Clock } from "@/lib/clock";
import type { Db } from "@/lib/db";

import { ZResetToken } from "../schemas";

/** Public: what the reset page should show for a link's token. Reveals nothing about the user. */
export async function getResetTokenStatus(db: Db, clock: Clock, rawToken: unknown): Promise<ResetTokenStatus> {
  const parsed = ZResetToken.safeParse(rawToken);
  if (!parsed.success) return "unknown";
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(parsed.data) },
    select: { expiresAt: true, usedAt: true, revokedAt: true, user: { select: { active: true } } },
  });
  return resetTokenStatus(row && { ...row, userActive: row.user.active }, clock.now());
}
