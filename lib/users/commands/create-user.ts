import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZCreateUserInput } from "../schemas";
import { assertScopeExists } from "../scope-checks";

/** Creates a user with a first role. ADMIN only; the password is stored as an argon2id hash. */
export const createUser = defineCommand({
  name: "user.create",
  action: "admin.users.create",
  input: ZCreateUserInput,
  async run({ tx, input }) {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { email: ["errors.emailTaken"] } });
    }
    await assertScopeExists(tx, input);
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        locale: input.locale,
        passwordHash: await hashPassword(input.password),
        memberships: { create: { role: input.role, regionId: input.regionId, supplierId: input.supplierId } },
      },
      select: { id: true, email: true },
    });
    return {
      data: user,
      audit: {
        chain: "global",
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: { email: input.email, name: input.name, role: input.role, regionId: input.regionId, supplierId: input.supplierId },
      },
    };
  },
});
