import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

import type { BidContent, DocumentRef } from "./content";
import { documentContext, versionContext } from "./contexts";
import { openForTender } from "./sealing";

/*
 * The only decrypting reads of submitted bids, and only of an OPENED competition (Tender.openedAt set by the opening
 * command once its second person confirmed). Who may read is the caller's policy (an officer of the region, a panel
 * member with a signed declaration, …); this module refuses anything still sealed, whoever asks, so a missing check
 * upstream cannot leak a bid before opening.
 */

/** What one submission sealed (README "Receipt": the canonical form), as read back at opening. */
export interface OpenedSubmission extends BidContent {
  format: string;
  tenderId: string;
  tenderReference: string;
  supplierOrgnr: string;
  documents: DocumentRef[];
}

export interface OpenedBid {
  bidId: string;
  tenderId: string;
  lotId: string;
  supplierId: string;
  versionId: string;
  versionNumber: number;
  submittedAt: Date;
  contentHash: string;
  submission: OpenedSubmission;
  /** The version's attachments (ids for readOpenedBidDocument), without their bytes. */
  documents: (DocumentRef & { id: string })[];
}

async function requireOpened(tx: Tx, tenderId: string): Promise<void> {
  const tender = await tx.tender.findUnique({ where: { id: tenderId }, select: { openedAt: true } });
  if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
  if (tender.openedAt === null) throw new AppError("FORBIDDEN", "bids.errors.sealed");
}

/** The latest (counting) version of a bid, decrypted; null when the bid has no submitted version. */
export async function readOpenedBid(tx: Tx, bidId: string): Promise<OpenedBid | null> {
  const bid = await tx.bid.findUnique({ where: { id: bidId }, select: { id: true, tenderId: true, lotId: true, supplierId: true } });
  if (!bid) throw new AppError("NOT_FOUND", "errors.notFound");
  await requireOpened(tx, bid.tenderId);
  const version = await tx.bidVersion.findFirst({
    where: { bidId },
    orderBy: { number: "desc" },
    include: { documents: { select: { id: true, filename: true, mimeType: true, sizeBytes: true, sha256: true }, orderBy: { sha256: "asc" } } },
  });
  if (!version) return null;
  const plaintext = await openForTender(tx, bid.tenderId, version, versionContext(version.id));
  return {
    bidId: bid.id,
    tenderId: bid.tenderId,
    lotId: bid.lotId,
    supplierId: bid.supplierId,
    versionId: version.id,
    versionNumber: version.number,
    submittedAt: version.submittedAt,
    contentHash: version.contentHash,
    submission: JSON.parse(plaintext.toString("utf8")) as OpenedSubmission,
    documents: version.documents,
  };
}

/** One attachment of a submitted version, decrypted (its context binds it to competition, organisation and hash). */
export async function readOpenedBidDocument(tx: Tx, documentId: string): Promise<{ filename: string; mimeType: string; sha256: string; bytes: Buffer }> {
  const document = await tx.bidDocument.findUnique({
    where: { id: documentId },
    include: { bidVersion: { select: { bid: { select: { tenderId: true, supplierId: true } } } } },
  });
  if (!document) throw new AppError("NOT_FOUND", "errors.notFound");
  const { tenderId, supplierId } = document.bidVersion.bid;
  await requireOpened(tx, tenderId);
  const bytes = await openForTender(tx, tenderId, document, documentContext(tenderId, supplierId, document.sha256));
  return { filename: document.filename, mimeType: document.mimeType, sha256: document.sha256, bytes };
}
