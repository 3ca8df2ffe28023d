import { defineDetailQuery } from "@/lib/query";

import { ZSupplierIdParam } from "../schemas";

/** One organisation for the ADMIN: facts, members, documentation and the eligibility verdict with who and when. */
export const getSupplierForAdmin = defineDetailQuery({
  name: "suppliers.getForAdmin",
  action: "admin.suppliers.read",
  input: ZSupplierIdParam,
  load: ({ db, input }) =>
    db.supplier.findUnique({
      where: { id: input.supplierId },
      select: {
        id: true, orgnr: true, name: true, kind: true, address: true, postalCode: true, postalPlace: true, organisationForm: true, createdAt: true,
        verifiedIdeal: true, verifiedWorkInclusion: true, verifiedAt: true, verifiedBy: { select: { name: true } },
        ownerMunicipality: { select: { name: true, number: true } },
        documents: { orderBy: { uploadedAt: "desc" }, select: { id: true, title: true, filename: true, contentType: true, sizeBytes: true, sha256: true, uploadedAt: true, uploadedBy: { select: { name: true } } } },
        memberships: { where: { revokedAt: null, role: "SUPPLIER_USER" }, orderBy: { createdAt: "asc" }, select: { id: true, supplierAdmin: true, user: { select: { name: true, email: true } } } },
      },
    }),
});

export type AdminSupplier = NonNullable<Awaited<ReturnType<typeof getSupplierForAdmin.load>>>;
