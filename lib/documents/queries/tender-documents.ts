import { defineDetailQuery } from "@/lib/query";
import { storedFile } from "@/lib/storage";
import { ZTenderIdParam } from "@/lib/tenders/schemas";

import { ZTenderDocumentVersionParam } from "../schemas";

const VERSION = { id: true, number: true, filename: true, contentType: true, sizeBytes: true, sha256: true, pending: true, uploadedAt: true, amendment: { select: { number: true } }, uploadedBy: { select: { name: true } } } as const;

/** A competition's documents as its officers see them: every version, newest first, pending ones marked. */
export const listTenderDocuments = defineDetailQuery({
  name: "documents.listForOfficer",
  action: "tender.read",
  input: ZTenderIdParam,
  load: ({ db, input }) =>
    db.tender.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        regionId: true,
        status: true,
        documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, title: true, versions: { orderBy: { number: "desc" }, select: VERSION } } },
      },
    }),
});

export type OfficerDocuments = NonNullable<Awaited<ReturnType<typeof listTenderDocuments.load>>>["documents"];

/** Any version's file (bytes on demand), for the tender's officers (drafts and pending versions included). */
export const getTenderDocumentFile = defineDetailQuery({
  name: "documents.fileForOfficer",
  action: "tender.read",
  input: ZTenderDocumentVersionParam,
  load: async ({ db, input }) => {
    const version = await db.tenderDocumentVersion.findFirst({
      where: { number: input.number, document: { id: input.documentId, tenderId: input.id } },
      select: { filename: true, contentType: true, sizeBytes: true, sha256: true, storageKey: true, document: { select: { tender: { select: { regionId: true } } } } },
    });
    return version && { regionId: version.document.tender.regionId, ...storedFile(db, version) };
  },
});
