import { describe, expect, it } from "vitest";

import { fieldErrorsOf } from "@/lib/errors/zod";
import { invitationStatus } from "@/lib/suppliers/invitation-token";
import { ZOrgnr, ZRegisterSupplierInput } from "@/lib/suppliers/schemas";

const orgnrError = (value: unknown) => {
  const result = ZOrgnr.safeParse(value);
  return result.success ? null : Object.values(fieldErrorsOf(result.error)).flat();
};

describe("ZOrgnr: one message per way to get it wrong", () => {
  it.each([
    ["974760673", "974760673"],
    ["974 760 673", "974760673"],
    [" 912 868 222 ", "912868222"],
  ])("%j is valid as %s (spaces stripped)", (input, expected) => {
    expect(ZOrgnr.parse(input)).toBe(expected);
  });

  it.each([
    ["", "suppliers.errors.orgnrRequired"],
    ["   ", "suppliers.errors.orgnrRequired"],
    ["97476067", "suppliers.errors.orgnrFormat"],
    ["9747606731", "suppliers.errors.orgnrFormat"],
    ["97476067a", "suppliers.errors.orgnrFormat"],
    ["123456789", "suppliers.errors.orgnrCheckDigit"],
    ["974760674", "suppliers.errors.orgnrCheckDigit"],
  ])("%j → %s", (input, key) => {
    expect(orgnrError(input)).toEqual([key]);
  });

  it("a non-string is 'required', never a throw", () => {
    expect(orgnrError(42)).toEqual(["suppliers.errors.orgnrRequired"]);
  });
});

describe("ZRegisterSupplierInput", () => {
  const valid = {
    orgnr: "974 760 673", name: "Acme AS", address: "Gata 1", postalCode: "0150", postalPlace: "Oslo", kind: "COMMERCIAL",
    contactName: "Kari Nordmann", contactEmail: "Kari@Acme.no", password: "korrekt-hest-batteri", confirmPassword: "korrekt-hest-batteri",
  };
  it("normalises orgnr and e-mail, drops the confirmation and an owner for a kind that has none", () => {
    const parsed = ZRegisterSupplierInput.parse({ ...valid, ownerMunicipality: "0301" });
    expect(parsed).toMatchObject({ orgnr: "974760673", contactEmail: "kari@acme.no", ownerMunicipality: null });
    expect(parsed).not.toHaveProperty("confirmPassword");
  });
  it("a work-inclusion enterprise needs its owner municipality; mismatched passwords are named", () => {
    const result = ZRegisterSupplierInput.safeParse({ ...valid, kind: "WORK_INCLUSION_ENTERPRISE", confirmPassword: "annet-passord-her" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toMatchObject({ ownerMunicipality: ["suppliers.errors.ownerMunicipalityRequired"], confirmPassword: ["errors.field.passwordMismatch"] });
  });
});

describe("invitationStatus", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const row = { expiresAt: new Date("2026-12-08T12:00:00Z"), acceptedAt: null, revokedAt: null };
  it.each([
    [null, "unknown"],
    [row, "valid"],
    [{ ...row, expiresAt: now }, "expired"],
    [{ ...row, acceptedAt: now }, "used"],
    [{ ...row, revokedAt: now }, "revoked"],
  ] as const)("%j → %s", (input, expected) => {
    expect(invitationStatus(input, now)).toBe(expected);
  });
});
