import { z } from "zod";

import { ROLE_SCOPE, ROLES } from "@/lib/auth/permissions";
import { text } from "@/lib/schemas";

/*
 * Every message names the field and says what is wrong ("Passordet må ha minst 12 tegn"), so the error
 * summary reads on its own. Keys live under errors.field.* in lib/i18n/messages.
 */

export const ZRole = z.enum(ROLES, { error: "errors.field.roleRequired" });

export const ZEmail = text({ error: "errors.field.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, { error: "errors.field.emailRequired", abort: true })
  .max(254, { error: "errors.field.emailTooLong", abort: true })
  .email({ error: "errors.field.email" });

export const ZName = text({ error: "errors.field.nameRequired" })
  .trim()
  .min(1, { error: "errors.field.nameRequired", abort: true })
  .min(2, { error: "errors.field.nameTooShort" })
  .max(120, { error: "errors.field.nameTooLong" });

/** The password rule everywhere a password is set (new user, reset link). */
export const PASSWORD_MIN_LENGTH = 12;
export const ZPassword = z
  .string({ error: "errors.field.passwordRequired" })
  .min(1, { error: "errors.field.passwordRequired", abort: true })
  .min(PASSWORD_MIN_LENGTH, { error: "errors.field.passwordTooShort" })
  .max(200, { error: "errors.field.passwordTooLong" });

export const ZLocale = z.enum(["nb", "en"], { error: "errors.field.localeInvalid" });

const ZUserId = text({ error: "errors.field.userId" }).min(1, "errors.field.userId").max(64, "errors.field.userId");

const ZOptionalId = text()
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
    const scope = ROLE_SCOPE[value.role];
    if (scope.region === "required" && !value.regionId) ctx.addIssue({ code: "custom", path: ["regionId"], message: "errors.regionRequired" });
    if (scope.supplier && !value.supplierId)
      ctx.addIssue({ code: "custom", path: ["supplierId"], message: "errors.supplierRequired" });
  })
  .transform((value) => ({
    role: value.role,
    // Scope fields that do not apply to the role are dropped rather than stored.
    regionId: ROLE_SCOPE[value.role].region === "none" ? null : value.regionId,
    supplierId: ROLE_SCOPE[value.role].supplier ? value.supplierId : null,
  }));

export const ZCreateUserInput = z
  .object({
    email: ZEmail,
    name: ZName,
    password: ZPassword,
    locale: ZLocale.default("nb"),
  })
  .and(ZMembershipInput)
  .describe("Create a user with a first role");
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z
  .object({ userId: ZUserId, email: ZEmail, name: ZName, locale: ZLocale })
  .describe("Change a user's name, e-mail and language");
export type TUpdateUserInput = z.input<typeof ZUpdateUserInput>;

export const ZSetUserActiveInput = z.object({
  userId: ZUserId,
  active: z.preprocess((value) => value === true || value === "true", z.boolean()),
});

export const ZAddMembershipInput = z.object({ userId: ZUserId }).and(ZMembershipInput);

export const ZRevokeMembershipInput = z.object({ membershipId: text().min(1).max(64) });

export const ZRequestPasswordResetInput = z.object({ userId: ZUserId });

/** The token from the link; its shape is checked only loosely, the hash look-up decides. */
export const ZResetToken = text().trim().min(1).max(200);

/** The user detail page's id. */
export const ZUserIdParam = z.object({ id: ZUserId });

export const ZResetPasswordInput = z
  .object({
    token: ZResetToken,
    password: ZPassword,
    confirmPassword: z.string({ error: "errors.field.confirmPasswordRequired" }).min(1, "errors.field.confirmPasswordRequired"),
  })
  .refine((value) => value.confirmPassword === "" || value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "errors.field.passwordMismatch",
  });

/** The admin user list's search (?q=): part of a name or e-mail address. */
export const ZUserSearch = z.object({
  q: text()
    .trim()
    .max(100, "errors.field.searchTooLong")
    .optional()
    .transform((value) => value ?? ""),
});
