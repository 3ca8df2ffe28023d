import { describe, expect, it } from "vitest";

import { fieldErrorsOf } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { ZCreateUserInput, ZResetPasswordInput, ZUpdateUserInput, ZUserSearch } from "@/lib/users";

const errorsOf = (schema: { safeParse(value: unknown): { success: boolean; error?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);
};

describe("admin form fields say which field and why", () => {
  it("create user: each field gets its own message key", () => {
    expect(errorsOf(ZCreateUserInput, { email: "ikke-epost", name: "K", password: "kort", locale: "de", role: "KING" })).toEqual({
      email: ["errors.field.email"],
      name: ["errors.field.nameTooShort"],
      password: ["errors.field.passwordTooShort"],
      locale: ["errors.field.localeInvalid"],
      role: ["errors.field.roleRequired"],
    });
    expect(errorsOf(ZCreateUserInput, {})).toMatchObject({
      email: ["errors.field.emailRequired"],
      name: ["errors.field.nameRequired"],
      password: ["errors.field.passwordRequired"],
      role: ["errors.field.roleRequired"],
    });
    expect(errorsOf(ZCreateUserInput, { email: "", name: "", password: "", role: "" })).toMatchObject({
      email: ["errors.field.emailRequired"],
      name: ["errors.field.nameRequired"],
      password: ["errors.field.passwordRequired"],
    });
    expect(errorsOf(ZCreateUserInput, { email: `${"a".repeat(250)}@nav.no`, name: "x".repeat(121), password: "p".repeat(201), role: "ADMIN" })).toEqual({
      email: ["errors.field.emailTooLong"],
      name: ["errors.field.nameTooLong"],
      password: ["errors.field.passwordTooLong"],
    });
  });

  it("edit user, reset password and search likewise", () => {
    expect(errorsOf(ZUpdateUserInput, { userId: "u1", email: "a@", name: "Ok Navn", locale: "nb" })).toEqual({ email: ["errors.field.email"] });
    expect(errorsOf(ZResetPasswordInput, { token: "t", password: "kort", confirmPassword: "kort" })).toEqual({ password: ["errors.field.passwordTooShort"] });
    expect(errorsOf(ZResetPasswordInput, { token: "t", password: "et-langt-passord", confirmPassword: "" })).toEqual({
      confirmPassword: ["errors.field.confirmPasswordRequired"],
    });
    expect(errorsOf(ZResetPasswordInput, { token: "t", password: "et-langt-passord", confirmPassword: "et-annet-passord" })).toEqual({
      confirmPassword: ["errors.field.passwordMismatch"],
    });
    expect(errorsOf(ZUserSearch, { q: "x".repeat(101) })).toEqual({ q: ["errors.field.searchTooLong"] });
    expect(ZUserSearch.parse({ q: "  kari " })).toEqual({ q: "kari" });
    expect(ZUserSearch.parse({})).toEqual({ q: "" });
  });

  it("every key used is translated in both languages, naming the field", () => {
    const nb = createTranslator("nb");
    const en = createTranslator("en");
    expect(nb("errors.field.passwordTooShort")).toBe("Passordet må ha minst 12 tegn.");
    expect(en("errors.field.passwordTooShort")).toBe("The password must have at least 12 characters.");
    const keys = ["email", "emailRequired", "emailTooLong", "nameRequired", "nameTooShort", "nameTooLong", "passwordRequired", "passwordTooShort",
      "passwordTooLong", "confirmPasswordRequired", "passwordMismatch", "localeInvalid", "roleRequired", "searchTooLong"].map((key) => `errors.field.${key}`);
    for (const key of keys) {
      expect(nb(key)).not.toBe(key);
      expect(en(key)).not.toBe(key);
      expect(nb(key)).not.toBe(en(key));
    }
  });
});
