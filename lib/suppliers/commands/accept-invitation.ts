import { hashPassword, verifyPasswordOrDummy } from "@/lib/auth/password";
import { AppError, fromZodError } from "@/lib/errors";
import { definePublicCommand } from "@/lib/mutation";
import { ZName, ZPassword } from "@/lib/users/schemas";

import { hashInvitationToken, invitationStatus } from "../invitation-token";
import { ZAcceptInvitationInput } from "../schemas";

const TOKEN_ERRORS = {
  unknown: () => new AppError("NOT_FOUND", "suppliers.invitation.status.unknown"),
  expired: () => new AppError("INVALID_STATE", "suppliers.invitation.status.expired"),
  used: () => new AppError("INVALID_STATE", "suppliers.invitation.status.used"),
  revoked: () => new AppError("INVALID_STATE", "suppliers.invitation.status.revoked"),
} as const;

const fieldError = (field: string, key: string) => new AppError("VALIDATION", "errors.validation", { fieldErrors: { [field]: [key] } });

/**
 * Joins a supplier organisation with an invitation link. Public: holding the unexpired, unused, unrevoked token is
 * the right to join, as the invited address. A new person sets name and password, and gets a user and a
 * SUPPLIER_USER membership; someone who already has an account under that address proves it with their current
 * password and gets the membership added (their name and password stay). Accounts of the authority (any other
 * role) cannot join a supplier. The audit names the joining user as the actor. Single use under a row lock.
 */
export const acceptInvitation = definePublicCommand({
  name: "supplier.acceptInvitation",
  input: ZAcceptInvitationInput,
  async load({ tx, input }) {
    const [invitation] = await tx.$queryRaw<{ id: string; supplierId: string; email: string; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }[]>`
      SELECT id, "supplierId", email, "expiresAt", "acceptedAt", "revokedAt" FROM "SupplierInvitation"
      WHERE "tokenHash" = ${hashInvitationToken(input.token)} FOR UPDATE`;
    return { invitation: invitation ?? null };
  },
  async run({ tx, input, resource: { invitation }, now }) {
    const status = invitationStatus(invitation, now);
    if (status !== "valid" || !invitation) throw TOKEN_ERRORS[status === "valid" ? "unknown" : status]();
    const existing = await tx.user.findUnique({
      where: { email: invitation.email },
      select: { id: true, active: true, passwordHash: true, memberships: { where: { revokedAt: null }, select: { role: true, supplierId: true } } },
    });

    let userId: string;
    if (existing) {
      // The invitation proves the address; the password proves the account (an argon2 verify either way).
      if (!(await verifyPasswordOrDummy(existing.passwordHash, input.password)) || !existing.active) throw fieldError("password", "suppliers.errors.invitationPassword");
      if (existing.memberships.some((m) => m.role !== "SUPPLIER_USER")) throw new AppError("INVALID_STATE", "suppliers.errors.invitationStaffAccount");
      if (!existing.memberships.some((m) => m.supplierId === invitation.supplierId)) {
        await tx.membership.create({ data: { userId: existing.id, role: "SUPPLIER_USER", supplierId: invitation.supplierId, createdAt: now } });
      }
      userId = existing.id;
    } else {
      const name = ZName.safeParse(input.name);
      const password = ZPassword.safeParse(input.password);
      const errors: Record<string, string[]> = {};
      if (!name.success) Object.assign(errors, prefixed("name", fromZodError(name.error).details?.fieldErrors));
      if (!password.success) Object.assign(errors, prefixed("password", fromZodError(password.error).details?.fieldErrors));
      else if (input.confirmPassword !== input.password) errors.confirmPassword = [input.confirmPassword ? "errors.field.passwordMismatch" : "errors.field.confirmPasswordRequired"];
      if (Object.keys(errors).length > 0 || !name.success || !password.success) throw new AppError("VALIDATION", "errors.validation", { fieldErrors: errors });
      const user = await tx.user.create({
        data: {
          email: invitation.email, name: name.data, passwordHash: await hashPassword(password.data), createdAt: now,
          memberships: { create: { role: "SUPPLIER_USER", supplierId: invitation.supplierId, createdAt: now } },
        },
        select: { id: true },
      });
      userId = user.id;
    }
    const { count } = await tx.supplierInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: userId },
    });
    if (count !== 1) throw TOKEN_ERRORS.used();
    return {
      data: { userId, supplierId: invitation.supplierId, existingUser: existing !== null },
      actorId: userId,
      audit: {
        chain: "global", action: "supplier.invitation_accepted", entityType: "SupplierInvitation", entityId: invitation.id,
        after: { supplierId: invitation.supplierId, userId, email: invitation.email, existingUser: existing !== null },
      },
    };
  },
});

/** A single-value schema's errors ("" path) under the form field's name. */
function prefixed(field: string, errors: Record<string, string[]> | undefined): Record<string, string[]> {
  return { [field]: Object.values(errors ?? {}).flat() };
}
