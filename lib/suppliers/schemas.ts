import { z } from "zod";

import { id, text } from "@/lib/schemas";
import { ZEmail, ZName, ZPassword } from "@/lib/users/schemas";

import { orgnrCheckDigit } from "./orgnr";

export const SUPPLIER_KINDS = ["COMMERCIAL", "IDEAL", "WORK_INCLUSION_ENTERPRISE", "SOCIAL_ENTREPRENEUR", "PUBLIC"] as const;

/**
 * An organisasjonsnummer as typed: spaces are stripped, then 9 digits, then the MOD11 check digit — each with its
 * own message, so "one digit wrong" reads differently from "not a number".
 */
export const ZOrgnr = text({ error: "suppliers.errors.orgnrRequired" })
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: "suppliers.errors.orgnrRequired", abort: true })
      .regex(/^\d{9}$/, { error: "suppliers.errors.orgnrFormat", abort: true })
      .refine((value) => orgnrCheckDigit(value.slice(0, 8)) === Number(value[8]), { error: "suppliers.errors.orgnrCheckDigit" }),
  );

const optionalText = (max: number, error: string) =>
  text()
    .trim()
    .max(max, error)
    .optional()
    .transform((value) => value ?? "");

/** The public registration form: the organisation, and its contact person, who becomes its first administrator. */
export const ZRegisterSupplierInput = z
  .object({
    orgnr: ZOrgnr,
    name: text({ error: "suppliers.errors.nameRequired" }).trim().min(2, "suppliers.errors.nameRequired").max(200, "suppliers.errors.nameTooLong"),
    address: text({ error: "suppliers.errors.addressRequired" }).trim().min(2, "suppliers.errors.addressRequired").max(200, "suppliers.errors.addressTooLong"),
    postalCode: text({ error: "suppliers.errors.postalCode" }).trim().regex(/^\d{4}$/, "suppliers.errors.postalCode"),
    postalPlace: text({ error: "suppliers.errors.postalPlaceRequired" }).trim().min(2, "suppliers.errors.postalPlaceRequired").max(100, "suppliers.errors.postalPlaceRequired"),
    kind: z.enum(SUPPLIER_KINDS, { error: "suppliers.errors.kindRequired" }),
    /** Kommunenummer of the owning municipality; required for a work-inclusion enterprise, optional for PUBLIC. */
    ownerMunicipality: optionalText(4, "suppliers.errors.ownerMunicipality"),
    contactName: ZName,
    contactEmail: ZEmail,
    password: ZPassword,
    confirmPassword: z.string({ error: "errors.field.confirmPasswordRequired" }).min(1, "errors.field.confirmPasswordRequired"),
    organisationForm: optionalText(10, "errors.field.invalid_format"),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "WORK_INCLUSION_ENTERPRISE" && !value.ownerMunicipality)
      ctx.addIssue({ code: "custom", path: ["ownerMunicipality"], message: "suppliers.errors.ownerMunicipalityRequired" });
    if (value.ownerMunicipality && !/^\d{4}$/.test(value.ownerMunicipality))
      ctx.addIssue({ code: "custom", path: ["ownerMunicipality"], message: "suppliers.errors.ownerMunicipality" });
    if (value.password !== value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "errors.field.passwordMismatch" });
  })
  .transform(({ confirmPassword: _confirm, ...rest }) => ({
    ...rest,
    // Only these kinds have an owner municipality (kommunalt eid); it is dropped rather than stored for others.
    ownerMunicipality: rest.kind === "WORK_INCLUSION_ENTERPRISE" || rest.kind === "PUBLIC" ? rest.ownerMunicipality || null : null,
  }));
export type TRegisterSupplierInput = z.input<typeof ZRegisterSupplierInput>;

/** The look-up step's input (?orgnr=): any string; the page shows the orgnr's own message for a bad one. */
export const ZLookupInput = z.object({ orgnr: ZOrgnr });

export const ZInviteMemberInput = z.object({ supplierId: id(), email: ZEmail });
export const ZRevokeInvitationInput = z.object({ invitationId: id() });
export const ZRemoveMemberInput = z.object({ membershipId: id() });

/** The token from the link; its shape is checked only loosely, the hash look-up decides. */
export const ZInvitationToken = text().trim().min(1).max(200);

/**
 * Accepting: a new person sets name and password (twice); someone who already has an account proves it with their
 * current password instead (name and the new password are then ignored).
 */
export const ZAcceptInvitationInput = z.object({
  token: ZInvitationToken,
  name: text().trim().max(120).optional().transform((value) => value ?? ""),
  password: z.string({ error: "errors.field.passwordRequired" }).min(1, "errors.field.passwordRequired").max(200, "errors.field.passwordTooLong"),
  confirmPassword: z.string().max(200).optional().transform((value) => value ?? ""),
});

export const ZSupplierIdParam = z.object({ supplierId: id() });
export const ZSupplierDocumentParam = z.object({ supplierId: id(), documentId: id() });

export const ZUploadSupplierDocumentInput = z.object({
  supplierId: id(),
  title: text().trim().max(200, "errors.field.titleTooLong").optional(),
  filename: text({ error: "documents.errors.fileRequired" }).trim().min(1, "documents.errors.fileRequired").max(200, "documents.errors.filenameTooLong"),
  claimedType: text().trim().max(200).optional(),
  bytes: z.instanceof(Uint8Array, { error: "documents.errors.fileRequired" }),
});

// A ticked checkbox posts its value (the field name, "on" or "true"); an unticked one posts nothing.
const ZFlag = z.preprocess((value) => value === true || (typeof value === "string" && value !== "" && value !== "false"), z.boolean());

/** The admin's verdict on the documentation: which reservations the organisation qualifies for (none = revoked). */
export const ZSetEligibilityInput = z.object({
  supplierId: id(),
  verifiedIdeal: ZFlag,
  verifiedWorkInclusion: ZFlag,
  note: text().trim().max(1000, "errors.field.descriptionTooLong").optional().transform((value) => value ?? ""),
});

export { ZName, ZPassword };
