import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sniffType } from "@/lib/documents/sniff";

import { sha256Hex } from "@/lib/storage";
import { documentContext } from "./contexts";
import { bidDocumentLimits, checkBidDocument, getVirusScanner, megabytes } from "./documents";
import { sealForTender, type SealedItem } from "./sealing";

export interface SealedDocument extends Omit<SealedItem, "keyId"> {
  keyId: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Checks one uploaded file (limits, sniffed type, executables, the virus-scanner hook) and seals it for the
 * competition. `otherBytes` are the bytes already in the bid. Refusals are VALIDATION/TOO_LARGE on `field`.
 */
export async function checkAndSeal(
  tx: Tx,
  where: { tenderId: string; supplierId: string },
  file: { filename: string; claimedType?: string; bytes: Uint8Array },
  otherBytes: number,
  field: string,
): Promise<SealedDocument> {
  const limits = bidDocumentLimits();
  const verdict = checkBidDocument({ filename: file.filename, sizeBytes: file.bytes.byteLength, claimedType: file.claimedType, sniffed: await sniffType(file.bytes) }, otherBytes, limits);
  const params = { limit: megabytes(limits.maxFileBytes), total: megabytes(limits.maxTotalBytes) };
  if (!verdict.ok) {
    const code = verdict.messageKey === "bids.errors.fileTooLarge" || verdict.messageKey === "bids.errors.totalTooLarge" ? "TOO_LARGE" : "VALIDATION";
    throw new AppError(code, verdict.messageKey, { fieldErrors: { [field]: [verdict.messageKey] }, messageParams: params });
  }
  const sha256 = sha256Hex(file.bytes);
  const scan = await getVirusScanner().scan({ filename: verdict.filename, bytes: file.bytes, sha256 });
  if (!scan.clean) throw new AppError("VALIDATION", "bids.errors.fileInfected", { fieldErrors: { [field]: ["bids.errors.fileInfected"] } });
  const sealed = await sealForTender(tx, where.tenderId, file.bytes, documentContext(where.tenderId, where.supplierId, sha256));
  return { ...sealed, filename: verdict.filename, mimeType: verdict.mimeType, sizeBytes: file.bytes.byteLength, sha256 };
}
