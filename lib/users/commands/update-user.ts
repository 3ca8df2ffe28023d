import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { defineCommand } from "@/lib/mutation";

import { ZUpdateUserInput } from "../schemas";
import { revokeOutstandingResetTokens } from "../reset-tokens";

const emailTaken = () => new AppError("VALIDATION", "errors.validation", { fieldErrors: { email: ["errors.emailTaken"] } });

/**
 * Changes another user's name, e-mail and language (admin; not oneself, like roles and status). A taken
 * e-mail is a field error, also when another request takes it at the same moment (the unique index decides).
 * A new e-mail revokes outstanding reset links: they went to the old address.
 */
export const updateUser = defineCommand({
  name: "user.update",
  action: "admin.users.update",
  input: ZUpdateUserInput,
  async load({ tx, input }) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, name: true, locale: true } });
    if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
    return { userId: user.id, email: user.email, name: user.name, locale: user.locale };
  },
  async run({ tx, input, resource, now }) {
    const before = { email: resource.email, name: resource.name, locale: resource.locale };
    const after = { email: input.email, name: input.name, locale: input.locale };
    if (before.email === after.email && before.name === after.name && before.locale === after.locale) {
      return { data: { userId: resource.userId, changed: false }, audit: [] };
    }
    if (after.email !== before.email && (await tx.user.findUnique({ where: { email: after.email }, select: { id: true } }))) {
      throw emailTaken();
    }
    try {
      await tx.user.update({ where: { id: resource.userId }, data: after });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
      throw error;
    }
    if (after.email !== before.email) await revokeOutstandingResetTokens(tx, resource.userId, now);
    return {
      data: { userId: resource.userId, changed: true },
      audit: { chain: "global", action: "user.update", entityType: "User", entityId: resource.userId, before, after },
    };
  },
});
