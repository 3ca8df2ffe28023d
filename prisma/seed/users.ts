import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_USERS } from "./demo-users";
import { must } from "./lookup";
import { at } from "./time";

export type SeededUsers = Map<string, string>;

/** Upserts users by e-mail; a user keeps an existing password and memberships. Returns ids by e-mail. */
export async function seedUsers(
  db: Db,
  regionIds: Map<string, string>,
  supplierIds: Map<string, string>,
): Promise<SeededUsers> {
  const ids: SeededUsers = new Map();
  for (const user of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: user.email } });
    if (existing) {
      ids.set(user.email, existing.id);
      continue;
    }
    const created = await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        passwordHash: await hashPassword(user.password),
        createdAt: at(-700),
        updatedAt: at(-700),
        memberships: {
          create: {
            role: user.role,
            regionId: user.region ? must(regionIds, user.region, "region") : null,
            supplierId: user.supplier ? must(supplierIds, user.supplier, "supplier") : null,
            // Each demo supplier user registered their organisation, so administers it.
            supplierAdmin: user.role === "SUPPLIER_USER",
            createdAt: at(-700),
          },
        },
      },
    });
    ids.set(user.email, created.id);
  }
  return ids;
}
