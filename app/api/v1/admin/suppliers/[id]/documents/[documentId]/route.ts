import { runApiQuery } from "@/app/_lib/api-query";
import { apiRoute } from "@/app/_lib/api-route";
import { fileResponse } from "@/app/_lib/file-response";
import { getSupplierDocumentForAdmin } from "@/lib/suppliers/queries/supplier-documents";

export const dynamic = "force-dynamic";

/** GET: an organisation's eligibility document, for the ADMIN who reviews it. */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: async (request, { params }) => {
    const { id, documentId } = await params;
    return runApiQuery(request, getSupplierDocumentForAdmin, { supplierId: id, documentId }, (file) => fileResponse(request, file, "private, no-store"));
  },
});
