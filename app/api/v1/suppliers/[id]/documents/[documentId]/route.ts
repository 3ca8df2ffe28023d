import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { fileResponse } from "@/app/_lib/file-response";
import { getOwnSupplierDocument } from "@/lib/suppliers/queries/supplier-documents";

export const dynamic = "force-dynamic";

/** GET: one of the organisation's eligibility documents, for those acting for it. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) => {
    const { id, documentId } = await params;
    return runApiQuery(request, getOwnSupplierDocument, { supplierId: id, documentId }, (file) => fileResponse(request, file, "private, no-store"));
  },
});
