import { apiRoute } from "@/app/_lib/api-route";
import { runApiUploadCommand } from "@/app/_lib/api-upload";
import { uploadSupplierDocument } from "@/lib/suppliers/commands/upload-supplier-document";

export const dynamic = "force-dynamic";

/** POST: the organisation's administrator uploads eligibility documentation (multipart/form-data: file, optional title). */
export const { GET, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: async (request, { params }) => {
    const supplierId = (await params).id;
    return runApiUploadCommand(request, uploadSupplierDocument, ({ fields, file }) => ({
      supplierId,
      ...(fields.title ? { title: fields.title } : {}),
      filename: file?.filename,
      claimedType: file?.claimedType,
      bytes: file?.bytes,
    }));
  },
});
