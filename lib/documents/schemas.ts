import { z } from "zod";

import { id, text } from "@/lib/schemas";

/**
 * An upload as the route layer hands it over: the bytes already read (within the size limit), the name and the type
 * the client claimed. A new document, or with `documentId` a new version of one.
 */
export const ZUploadDocumentInput = z.object({
  tenderId: id(),
  documentId: id().optional(),
  title: text().trim().max(200, "errors.field.titleTooLong").optional(),
  filename: text({ error: "documents.errors.fileRequired" }).trim().min(1, "documents.errors.fileRequired").max(200, "documents.errors.filenameTooLong"),
  claimedType: text().trim().max(200).optional(),
  bytes: z.instanceof(Uint8Array, { error: "documents.errors.fileRequired" }),
});
export type TUploadDocumentInput = z.input<typeof ZUploadDocumentInput>;

export const ZTenderDocumentParam = z.object({ id: id(), documentId: id() });
export const ZTenderDocumentVersionParam = ZTenderDocumentParam.extend({ number: z.coerce.number({ error: "errors.notFound" }).int().min(1).max(1_000_000) });
