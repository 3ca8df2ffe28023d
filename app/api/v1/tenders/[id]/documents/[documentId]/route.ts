import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { fileResponse } from "@/app/_lib/file-response";
import { getPublicDocumentFile } from "@/lib/documents/queries/public-documents";

export const dynamic = "force-dynamic";

/** GET: the current version of a published notice's document, for anyone; drafts' and unknown documents are 404. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) => {
    const { id, documentId } = await params;
    // no-cache: a new version may replace the current one; the ETag makes the revalidation cheap.
    return runApiQuery(request, getPublicDocumentFile, { id, documentId }, (file) => fileResponse(request, file, "public, no-cache"));
  },
});
