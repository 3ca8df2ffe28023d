import { hashResetToken, newResetToken } from "@/lib/auth/reset-token";
import { ROUTES } from "@/lib/routes";

/**
 * How long an invitation works: 7 days, since a colleague may be away for a few days; single use, and the admin
 * can revoke it or send a new one (which revokes the old one for that address).
 */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

/** The same 256-bit random tokens and plain SHA-256 as the password-reset links (lib/auth/reset-token). */
export const newInvitationToken = newResetToken;
export const hashInvitationToken = hashResetToken;

export const invitationPath = (token: string) => `${ROUTES.invitation}/${encodeURIComponent(token)}`;

export type InvitationStatus = "valid" | "expired" | "used" | "revoked" | "unknown";

/** Pure: what a stored invitation (or its absence) means at `now`. */
export function invitationStatus(row: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null } | null, now: Date): InvitationStatus {
  if (!row) return "unknown";
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
