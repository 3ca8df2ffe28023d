import { formatOsloDateTime } from "@/lib/time";

import { BID_FORMAT } from "./content";
import type { Receipt } from "./queries/receipt";

/**
 * The downloadable receipt (JSON): what the portal shows, in a form a supplier's system can file and check. It holds
 * no bid content; `contentHash` is recomputable from the bid as README "Receipt" describes.
 */
export function receiptDocument(receipt: Receipt) {
  return {
    receiptId: receipt.id,
    tender: { id: receipt.tender.id, reference: receipt.tender.reference, title: receipt.tender.title },
    supplier: { orgnr: receipt.supplier.orgnr, name: receipt.supplier.name },
    lots: receipt.lots.map((lot) => ({ id: lot.id, number: lot.number, title: lot.title })),
    version: receipt.number,
    submittedAt: receipt.submittedAt.toISOString(),
    submittedAtOslo: formatOsloDateTime(receipt.submittedAt, "nb"),
    hashAlgorithm: "SHA-256",
    canonicalForm: BID_FORMAT,
    contentHash: receipt.contentHash,
    documents: receipt.documents,
  };
}

export const receiptFilename = (receipt: Receipt) => `kvittering-${receipt.tender.reference.replace(/[^\w-]+/g, "-")}-v${receipt.number}.json`;
