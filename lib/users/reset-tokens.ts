import type { Tx } from "@/lib/db";

/** Makes every still-usable reset link of the user worthless (a newer link, a reset, an e-mail change, deactivation). */
export async function revokeOutstandingResetTokens(tx: Pick<Tx, "passwordResetToken">, userId: string, now: Date): Promise<number> {
  const { count } = await tx.passwordResetToken.updateMany({
    where: { userId, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}
