import type { Db } from "@/lib/db";
import { defineDetailQuery } from "@/lib/query";
import { storedFile } from "@/lib/storage";

import { ZSupplierDocumentParam } from "../schemas";

async function loadFile(db: Db, supplierId: string, documentId: string) {
  const document = await db.supplierDocument.findFirst({
    where: { id: documentId, supplierId },
    select: { supplierId: true, filename: true, contentType: true, sha256: true, storageKey: true },
  });
  return document && { supplierId: document.supplierId, ...storedFile(db, document) };
}

/** An uploaded eligibility document, for those acting for the organisation. */
export const getOwnSupplierDocument = defineDetailQuery({
  name: "suppliers.getOwnDocument",
  action: "supplier.read_own",
  input: ZSupplierDocumentParam,
  load: ({ db, input }) => loadFile(db, input.supplierId, input.documentId),
});

/** The same file for the ADMIN who reviews it. */
export const getSupplierDocumentForAdmin = defineDetailQuery({
  name: "suppliers.getDocumentForAdmin",
  action: "admin.suppliers.read",
  input: ZSupplierDocumentParam,
  load: ({ db, input }) => loadFile(db, input.supplierId, input.documentId),
});
