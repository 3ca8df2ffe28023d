import { createHash, randomBytes } from "node:crypto";

export { PASSWORD_RESET_PATH, resetPath } from "./reset-path";

/**
 * How long a password-reset link works. 60 minutes: long enough for the e-mail to arrive and be opened
 * the same sitting (an admin usually sends it while talking to the user), short enough that a link found
 * later in a forwarded mail, a shared mailbox or a mail archive is already dead. An admin can always send
 * a new one (which revokes the old). OWASP's Forgot Password Cheat Sheet asks for a short, single-use token.
 */
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;

/** 32 random bytes (256 bits), base64url: unguessable, so a plain SHA-256 (no salt, no argon2) is enough to store. */
export function newResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The only form in which a token is stored or looked up. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export type ResetTokenStatus = "valid" | "expired" | "used" | "unknown";

/** Pure: what a stored token row (or its absence) means at `now`. Used or superseded both count as used. */
export function resetTokenStatus(
  row: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null; userActive: boolean } | null,
  now: Date,
): ResetTokenStatus {
  if (!row) return "unknown";
  if (row.usedAt || row.revokedAt || !row.userActive) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
