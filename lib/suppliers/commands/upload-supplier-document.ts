import { documentRefusal } from "@/lib/documents/refusal";
import { checkDocument, MAX_DOCUMENT_LABEL } from "@/lib/documents/rules";
import { sniffType } from "@/lib/documents/sniff";
import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { postgresStorage, sha256Hex } from "@/lib/storage";

import { ZUploadSupplierDocumentInput } from "../schemas";

/**
 * The organisation's administrator uploads documentation for its eligibility for reserved competitions (statutes,
 * ownership): the lib/documents rules (PDF, DOCX, XLSX, ODT; type sniffed from the bytes; size limit), bytes behind
 * lib/storage, SHA-256 stored. Uploading verifies nothing: an ADMIN does (setEligibility).
 */
export const uploadSupplierDocument = defineCommand({
  name: "supplier.uploadDocument",
  action: "supplier.admin",
  input: ZUploadSupplierDocumentInput,
  async load({ tx, input }) {
    const supplier = await tx.supplier.findUnique({ where: { id: input.supplierId }, select: { id: true } });
    if (!supplier) throw new AppError("NOT_FOUND", "errors.notFound");
    return { supplierId: supplier.id };
  },
  async run({ tx, input, actor, resource, now }) {
    const verdict = checkDocument({ filename: input.filename, sizeBytes: input.bytes.byteLength, claimedType: input.claimedType, sniffed: await sniffType(input.bytes) });
    if (!verdict.ok) throw documentRefusal(verdict, "file", { limit: MAX_DOCUMENT_LABEL });
    const sha256 = sha256Hex(input.bytes);
    const storageKey = await postgresStorage(tx).put(input.bytes);
    const document = await tx.supplierDocument.create({
      data: {
        supplierId: resource.supplierId, title: input.title || verdict.filename.replace(/\.[^.]+$/, ""), filename: verdict.filename,
        contentType: verdict.contentType, sizeBytes: input.bytes.byteLength, sha256, storageKey, uploadedById: actor.userId, uploadedAt: now,
      },
      select: { id: true, title: true, filename: true },
    });
    return {
      data: { documentId: document.id, number: 1, filename: document.filename, sha256 },
      audit: {
        chain: "global", action: "supplier.document_uploaded", entityType: "SupplierDocument", entityId: document.id,
        after: { supplierId: resource.supplierId, title: document.title, filename: document.filename, contentType: verdict.contentType, sizeBytes: input.bytes.byteLength, sha256 },
      },
    };
  },
});
