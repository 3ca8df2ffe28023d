import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { postgresStorage, sha256Hex } from "@/lib/storage";

import { documentRefusal } from "../refusal";
import { checkDocument, MAX_DOCUMENT_LABEL } from "../rules";
import { ZUploadDocumentInput } from "../schemas";
import { sniffType } from "../sniff";

/**
 * Uploads a tender document, or a new version of one (the old versions stay; the latest published is current).
 * The type is sniffed from the bytes and must match the name's extension; the SHA-256 is stored with it.
 * A draft's upload is part of the notice when it is announced; after announcement an upload is pending until an
 * amendment (rettelse) publishes it, so suppliers never see a changed document without the change being notified.
 * An officer of the tender's region may upload.
 */
export const uploadDocument = defineCommand({
  name: "tender.uploadDocument",
  action: "tender.upload_document",
  input: ZUploadDocumentInput,
  load: async ({ tx, input }) => {
    // FOR SHARE: a step on the tender (announce, amend) waits for this upload to commit, and this upload sees the
    // status that step left, so a file never slips into a notice that was announced in between.
    const [tender] = await tx.$queryRaw<{ id: string; regionId: string; status: string }[]>`
      SELECT "id", "regionId", "status"::text AS "status" FROM "Tender" WHERE "id" = ${input.tenderId} FOR SHARE`;
    if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
    return tender;
  },
  run: async ({ tx, input, actor, now, resource: tender }) => {
    if (tender.status !== "DRAFT" && tender.status !== "ANNOUNCED") throw new AppError("INVALID_STATE", "documents.errors.state");
    const verdict = checkDocument({ filename: input.filename, sizeBytes: input.bytes.byteLength, claimedType: input.claimedType, sniffed: await sniffType(input.bytes) });
    if (!verdict.ok) throw documentRefusal(verdict, "file", { limit: MAX_DOCUMENT_LABEL });
    const document = input.documentId
      ? await tx.tenderDocument.findFirst({ where: { id: input.documentId, tenderId: tender.id } })
      : await tx.tenderDocument.create({ data: { tenderId: tender.id, title: input.title || verdict.filename.replace(/\.[^.]+$/, ""), createdAt: now } });
    if (!document) throw new AppError("NOT_FOUND", "errors.notFound");
    const last = await tx.tenderDocumentVersion.findFirst({ where: { documentId: document.id }, orderBy: { number: "desc" }, select: { number: true } });
    const sha256 = sha256Hex(input.bytes);
    const storageKey = await postgresStorage(tx).put(input.bytes);
    const pending = tender.status === "ANNOUNCED";
    // Two new versions of one document at once: the unique (documentId, number) makes the later one a CONFLICT.
    const version = await tx.tenderDocumentVersion.create({
      data: {
        documentId: document.id, number: (last?.number ?? 0) + 1, filename: verdict.filename, contentType: verdict.contentType,
        sizeBytes: input.bytes.byteLength, sha256, storageKey, pending, uploadedById: actor.userId, uploadedAt: now,
      },
    });
    return {
      data: { documentId: document.id, versionId: version.id, number: version.number, sha256, pending },
      audit: {
        chain: `tender:${tender.id}`, action: "tender.document_uploaded", entityType: "TenderDocumentVersion", entityId: version.id,
        after: { documentId: document.id, title: document.title, number: version.number, filename: version.filename, contentType: version.contentType, sizeBytes: version.sizeBytes, sha256, pending },
      },
    };
  },
});
