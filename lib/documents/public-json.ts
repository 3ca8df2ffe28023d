import type { PublicDocument } from "./queries/public-documents";

export const publicDocumentPath = (tenderId: string, documentId: string) => `/api/v1/tenders/${encodeURIComponent(tenderId)}/documents/${encodeURIComponent(documentId)}`;

/** A published document in the public JSON: its current version, with size, sniffed type, SHA-256 and download path. */
export function publicDocumentJson(tenderId: string, document: PublicDocument) {
  const { current } = document;
  return {
    id: document.id,
    title: document.title,
    version: current.number,
    filename: current.filename,
    contentType: current.contentType,
    sizeBytes: current.sizeBytes,
    sha256: current.sha256,
    publishedVersionAt: current.uploadedAt.toISOString(),
    href: publicDocumentPath(tenderId, document.id),
  };
}

/** An officer's link to any version of a document (drafts and pending versions too). */
export const officerDocumentVersionPath = (tenderId: string, documentId: string, number: number) => `${publicDocumentPath(tenderId, documentId)}/versions/${number}`;
