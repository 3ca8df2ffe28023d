import { z } from "zod";

import { ROLES } from "@/lib/auth/permissions";

export const ZRole = z.enum(ROLES);

const ZOptionalId = z
  .string()
  .trim()
  .max(64)
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** A role and its scope: officers and evaluators need a region, supplier users a supplier. */
export const ZMembershipInput = z
  .object({
    role: ZRole,
    regionId: ZOptionalId,
    supplierId: ZOptionalId,
  })
  .superRefine((value, ctx) => {
    const needsRegion = value.role === "OFFICER" || value.role === "EVALUATOR";
    if (needsRegion && !value.regionId) ctx.addIssue({ code: "custom", path: ["regionId"], message: "errors.regionRequired" });
    if (value.role === "SUPPLIER_USER" && !value.supplierId)
      ctx.addIssue({ code: "custom", path: ["supplierId"], message: "errors.supplierRequired" });
  })
  .transform((value) => ({
    role: value.role,
    // Scope fields that do not apply to the role are dropped rather than stored.
    regionId: value.role === "ADMIN" || value.role === "SUPPLIER_USER" ? null : value.regionId,
    supplierId: value.role === "SUPPLIER_USER" ? value.supplierId : null,
  }));

export const ZCreateUserInput = z
  .object({
    email: z.string().trim().toLowerCase().email("errors.field.email").max(254),
    name: z.string().trim().min(2).max(120),
    password: z.string().min(12).max(200),
    locale: z.enum(["nb", "en"]).default("nb"),
  })
  .and(ZMembershipInput)
  .describe("Create a user with a first role");
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZSetUserActiveInput = z.object({
  userId: z.string().min(1).max(64),
  active: z.preprocess((value) => value === true || value === "true", z.boolean()),
});

export const ZAddMembershipInput = z.object({ userId: z.string().min(1).max(64) }).and(ZMembershipInput);

export const ZRevokeMembershipInput = z.object({ membershipId: z.string().min(1).max(64) });
