import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { fileResponse } from "@/app/_lib/file-response";
import { getTenderDocumentFile } from "@/lib/documents/queries/tender-documents";

export const dynamic = "force-dynamic";

/** GET: any version of a document (drafts and pending versions too), for those who may read the tender. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) => {
    const { id, documentId, number } = await params;
    return runApiQuery(request, getTenderDocumentFile, { id, documentId, number }, (file) => fileResponse(request, file, "private, no-store"));
  },
});
