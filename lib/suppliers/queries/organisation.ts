import { can } from "@/lib/auth/policy";
import { defineDetailQuery } from "@/lib/query";

import { ZSupplierIdParam } from "../schemas";

const DOCUMENT = { id: true, title: true, filename: true, contentType: true, sizeBytes: true, sha256: true, uploadedAt: true, uploadedBy: { select: { name: true } } } as const;

/** The organisation page: its facts, verified eligibility (when, by whom) and documentation, for anyone acting for it. */
export const getOwnOrganisation = defineDetailQuery({
  name: "suppliers.getOwnOrganisation",
  action: "supplier.read_own",
  input: ZSupplierIdParam,
  load: async ({ db, input, actor }) => {
    const supplier = await db.supplier.findUnique({
      where: { id: input.supplierId },
      select: {
        id: true, orgnr: true, name: true, kind: true, address: true, postalCode: true, postalPlace: true, organisationForm: true,
        verifiedIdeal: true, verifiedWorkInclusion: true, verifiedAt: true, verifiedBy: { select: { name: true } },
        ownerMunicipality: { select: { name: true, number: true } },
        documents: { orderBy: { uploadedAt: "desc" }, select: DOCUMENT },
      },
    });
    return supplier && { ...supplier, supplierId: supplier.id, canAdminister: can(actor, "supplier.admin", { supplierId: supplier.id }) };
  },
});

/** Members and pending invitations, for the organisation's administrator. */
export const getOrganisationMembers = defineDetailQuery({
  name: "suppliers.getOrganisationMembers",
  action: "supplier.admin",
  input: ZSupplierIdParam,
  load: async ({ db, input, now }) => {
    const supplier = await db.supplier.findUnique({
      where: { id: input.supplierId },
      select: {
        id: true,
        memberships: {
          where: { revokedAt: null, role: "SUPPLIER_USER" },
          orderBy: { createdAt: "asc" },
          select: { id: true, supplierAdmin: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
        },
        invitations: {
          where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          orderBy: { createdAt: "desc" },
          select: { id: true, email: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
        },
      },
    });
    return supplier && { supplierId: supplier.id, members: supplier.memberships, invitations: supplier.invitations };
  },
});
