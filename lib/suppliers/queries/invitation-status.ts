import { definePublicQuery } from "@/lib/query";

import { hashInvitationToken, invitationStatus, type InvitationStatus } from "../invitation-token";
import { ZInvitationToken } from "../schemas";

export type InvitationView = { status: Exclude<InvitationStatus, "valid"> } | { status: "valid"; supplierName: string; email: string; existingAccount: boolean };

/**
 * What the invitation page shows for a link's token: whether it still works, and for a working one the organisation,
 * the invited address and whether that address already has an account (then the current password is asked for
 * instead of a new one). Public because whoever holds the link is not signed in; only the link's holder learns this.
 */
export const getInvitationStatus = definePublicQuery({
  name: "suppliers.invitationStatus",
  input: ZInvitationToken.catch(""),
  load: async ({ db, input, now }): Promise<InvitationView> => {
    if (!input) return { status: "unknown" };
    const row = await db.supplierInvitation.findUnique({
      where: { tokenHash: hashInvitationToken(input) },
      select: { email: true, expiresAt: true, acceptedAt: true, revokedAt: true, supplier: { select: { name: true } } },
    });
    const status = invitationStatus(row, now);
    if (status !== "valid" || !row) return { status: status === "valid" ? "unknown" : status };
    const existing = await db.user.findUnique({ where: { email: row.email }, select: { id: true } });
    return { status, supplierName: row.supplier.name, email: row.email, existingAccount: existing !== null };
  },
});
