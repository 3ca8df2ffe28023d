import { documentRefusal } from "@/lib/documents/refusal";
import { checkDocument } from "@/lib/documents/rules";
import { sniffType } from "@/lib/documents/sniff";
import { AppError } from "@/lib/errors";
import { sha256Hex } from "@/lib/storage";

import { documentContext } from "./contexts";
import { bidDocumentLimits, getVirusScanner, megabytes } from "./documents";
import type { SealedItem, TenderSealer } from "./sealing";

export interface SealedDocument extends Omit<SealedItem, "keyId"> {
  keyId: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Checks one uploaded file (the one document check under the bid limits, then the virus-scanner hook) and seals it
 * with the command's sealer. `otherBytes` are the bytes already in the bid. Refusals are VALIDATION/TOO_LARGE on `field`.
 */
export async function checkAndSeal(
  sealer: TenderSealer,
  where: { tenderId: string; supplierId: string },
  file: { filename: string; claimedType?: string; bytes: Uint8Array; /** when the caller has it already */ sha256?: string },
  otherBytes: number,
  field: string,
): Promise<SealedDocument> {
  const limits = bidDocumentLimits();
  const verdict = checkDocument(
    { filename: file.filename, sizeBytes: file.bytes.byteLength, claimedType: file.claimedType, sniffed: await sniffType(file.bytes) },
    { maxFileBytes: limits.maxFileBytes, maxTotalBytes: limits.maxTotalBytes, otherBytes },
  );
  if (!verdict.ok) throw documentRefusal(verdict, field, { limit: megabytes(limits.maxFileBytes), total: megabytes(limits.maxTotalBytes) });
  const sha256 = file.sha256 ?? sha256Hex(file.bytes);
  const scan = await getVirusScanner().scan({ filename: verdict.filename, bytes: file.bytes, sha256 });
  if (!scan.clean) throw new AppError("VALIDATION", "bids.errors.fileInfected", { fieldErrors: { [field]: ["bids.errors.fileInfected"] } });
  const sealed = sealer.seal(file.bytes, documentContext(where.tenderId, where.supplierId, sha256));
  return { ...sealed, filename: verdict.filename, mimeType: verdict.contentType, sizeBytes: file.bytes.byteLength, sha256 };
}
