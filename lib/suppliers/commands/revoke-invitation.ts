import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZRevokeInvitationInput } from "../schemas";

/** The organisation's administrator withdraws a pending invitation; its link stops working at once. The row stays. */
export const revokeInvitation = defineCommand({
  name: "supplier.revokeInvitation",
  action: "supplier.admin",
  input: ZRevokeInvitationInput,
  async load({ tx, input }) {
    const [row] = await tx.$queryRaw<{ id: string; supplierId: string; email: string; acceptedAt: Date | null; revokedAt: Date | null }[]>`
      SELECT id, "supplierId", email, "acceptedAt", "revokedAt" FROM "SupplierInvitation" WHERE id = ${input.invitationId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
    return row;
  },
  async run({ tx, resource: invitation, now }) {
    if (invitation.acceptedAt || invitation.revokedAt) throw new AppError("INVALID_STATE", "suppliers.errors.invitationNotPending");
    await tx.supplierInvitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
    return {
      data: { invitationId: invitation.id, supplierId: invitation.supplierId, email: invitation.email },
      audit: { chain: "global", action: "supplier.invitation_revoked", entityType: "SupplierInvitation", entityId: invitation.id, after: { supplierId: invitation.supplierId, email: invitation.email } },
    };
  },
});
