import { runApiQuery } from "@/app/_lib/api-query";
import { contentDisposition } from "@/lib/documents/rules";
import { AppError } from "@/lib/errors";
import { getOpenedBidDocument } from "@/lib/evaluation/queries/opened-document";

/** An opened bid's attachment as the supplier uploaded it, for the region's officers (qualification). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; bidId: string; documentId: string }> }) {
  const { id, bidId, documentId } = await params;
  return runApiQuery(request, getOpenedBidDocument, { tenderId: id, bidId, documentId }, ({ file }) => {
    if (!file) throw new AppError("FORBIDDEN", "bids.errors.sealed");
    return new Response(new Uint8Array(file.bytes), {
      headers: { "content-type": file.mimeType, "content-disposition": contentDisposition(file.filename), "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
    });
  });
}
