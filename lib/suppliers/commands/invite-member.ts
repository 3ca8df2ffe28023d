import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { NOTIFICATION_TEMPLATES } from "@/lib/notifications";

import { hashInvitationToken, INVITATION_TTL_MS, invitationPath, newInvitationToken } from "../invitation-token";
import { ZInviteMemberInput } from "../schemas";

/**
 * The organisation's administrator invites a colleague by e-mail: a single-use link, valid for 7 days, sent through
 * the outbox to that address. Only the token's hash is stored; the token is never returned, so it exists only in the
 * message. An earlier pending invitation to the same address is revoked. Someone who is already a member is refused.
 */
export const inviteMember = defineCommand({
  name: "supplier.inviteMember",
  action: "supplier.admin",
  input: ZInviteMemberInput,
  async load({ tx, input }) {
    // Locked, so two invitations to one address at once leave exactly one pending.
    const [supplier] = await tx.$queryRaw<{ id: string; name: string }[]>`
      SELECT id, name FROM "Supplier" WHERE id = ${input.supplierId} FOR UPDATE`;
    if (!supplier) throw new AppError("NOT_FOUND", "errors.notFound");
    return { supplierId: supplier.id, name: supplier.name };
  },
  async run({ tx, input, actor, resource, now }) {
    const member = await tx.membership.findFirst({
      where: { supplierId: resource.supplierId, revokedAt: null, user: { email: input.email } },
      select: { id: true },
    });
    if (member) throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { email: ["suppliers.errors.alreadyMember"] } });
    const { count: revokedEarlier } = await tx.supplierInvitation.updateMany({
      where: { supplierId: resource.supplierId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const token = newInvitationToken();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const invitation = await tx.supplierInvitation.create({
      data: { supplierId: resource.supplierId, email: input.email, tokenHash: hashInvitationToken(token), invitedById: actor.userId, createdAt: now, expiresAt },
      select: { id: true },
    });
    return {
      data: { invitationId: invitation.id, email: input.email, expiresAt },
      audit: {
        chain: "global", action: "supplier.member_invited", entityType: "SupplierInvitation", entityId: invitation.id,
        after: { supplierId: resource.supplierId, email: input.email, expiresAt: expiresAt.toISOString(), revokedEarlier },
      },
      notify: [
        {
          to: { email: input.email },
          template: NOTIFICATION_TEMPLATES.supplierInvitation,
          params: { path: invitationPath(token), expiresAt: expiresAt.toISOString(), supplierName: resource.name },
        },
      ],
    };
  },
});
