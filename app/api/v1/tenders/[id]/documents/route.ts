import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { runApiUploadCommand } from "@/app/_lib/api-upload";
import { uploadDocument } from "@/lib/documents/commands/upload-document";
import { listPublicDocuments } from "@/lib/documents/queries/public-documents";
import { publicDocumentJson } from "@/lib/documents/public-json";

export const dynamic = "force-dynamic";

/**
 * GET: a published notice's documents in their current versions (empty for a draft, which does not exist publicly).
 * POST: an officer of the region uploads a document (multipart/form-data: file, optional title, or documentId for a
 * new version); 201 with the version's number and SHA-256.
 */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) => {
    const id = (await params).id ?? "";
    return runApiQuery(request, listPublicDocuments, { id }, (documents) => Response.json({ items: documents.map((document) => publicDocumentJson(id, document)) }));
  },
  POST: async (request, { params }) => {
    const tenderId = (await params).id;
    return runApiUploadCommand(request, uploadDocument, ({ fields, file }) => ({
      tenderId,
      ...(fields.documentId ? { documentId: fields.documentId } : {}),
      ...(fields.title ? { title: fields.title } : {}),
      filename: file?.filename,
      claimedType: file?.claimedType,
      bytes: file?.bytes,
    }));
  },
});
