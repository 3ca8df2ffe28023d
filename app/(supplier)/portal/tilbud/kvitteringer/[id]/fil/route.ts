import { runApiQuery } from "@/app/_lib/api-query";
import { getReceipt } from "@/lib/bids/queries/receipt";
import { receiptDocument, receiptFilename } from "@/lib/bids/receipt-file";
import { contentDisposition } from "@/lib/documents/rules";

/** The receipt as a JSON file (the organisation's own only). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return runApiQuery(request, getReceipt, { id: (await params).id }, (receipt) =>
    new Response(`${JSON.stringify(receiptDocument(receipt), null, 2)}\n`, {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": contentDisposition(receiptFilename(receipt)), "cache-control": "private, no-store" },
    }),
  );
}
