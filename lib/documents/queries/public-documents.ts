import { definePublicQuery } from "@/lib/query";
import { storedFile } from "@/lib/storage";
import { ZTenderIdParam } from "@/lib/tenders/schemas";

import { ZTenderDocumentParam } from "../schemas";

// Only a published notice's documents, and of those only versions an announcement or amendment published.
const PUBLISHED_VERSION = { pending: false, document: { tender: { announcedAt: { not: null } } } } as const;

/** The current (latest published) version of each document of a published notice, for anyone; null for a draft. */
export const listPublicDocuments = definePublicQuery({
  name: "documents.listPublic",
  input: ZTenderIdParam,
  load: async ({ db, input }) => {
    if ((await db.tender.count({ where: { id: input.id, announcedAt: { not: null } } })) === 0) return null;
    const documents = await db.tenderDocument.findMany({
      where: { tenderId: input.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        versions: { where: { pending: false }, orderBy: { number: "desc" }, take: 1, select: { number: true, filename: true, contentType: true, sizeBytes: true, sha256: true, uploadedAt: true } },
      },
    });
    return documents.flatMap(({ versions: [current], ...document }) => (current ? [{ ...document, current }] : []));
  },
});

export type PublicDocument = NonNullable<Awaited<ReturnType<typeof listPublicDocuments.load>>>[number];

/** A published notice's document in its current version (bytes on demand); null (404) for drafts, pending or unknown ids. */
export const getPublicDocumentFile = definePublicQuery({
  name: "documents.filePublic",
  input: ZTenderDocumentParam,
  load: async ({ db, input }) => {
    const version = await db.tenderDocumentVersion.findFirst({
      where: { ...PUBLISHED_VERSION, document: { id: input.documentId, tenderId: input.id, tender: { announcedAt: { not: null } } } },
      orderBy: { number: "desc" },
      select: { filename: true, contentType: true, sha256: true, storageKey: true },
    });
    return version && storedFile(db, version);
  },
});
