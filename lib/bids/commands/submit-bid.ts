import { randomUUID } from "node:crypto";

import { AppError, fromZodError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { checkAndSeal, type SealedDocument } from "../attachments";
import { sha256Hex } from "@/lib/storage";

import { canonicalBytes, receiptHash, type Canonical } from "../canonical";
import { bidContentSchema, canonicalBid, type DocumentRef } from "../content";
import { draftContext, versionContext } from "../contexts";
import { guardedWrite } from "../deadline";
import { bidDocumentLimits, megabytes } from "../documents";
import { refusedLots } from "../eligibility";
import { claimIdempotencyKey, requestFingerprint } from "../idempotency";
import { bidSpecOf, loadTenderForBid, nextSubmissionNumber } from "../load";
import { portalReceipt } from "../routes";
import { tenderSealer } from "../sealing";
import { writeSubmission } from "../submission-write";
import { ZSubmitBidInput } from "../schemas";

/** What a submission returns (and an idempotent repeat returns again): the receipt, without any bid content. */
export interface SubmitBidResult {
  receiptId: string;
  tenderId: string;
  tenderReference: string;
  supplierId: string;
  number: number;
  lotIds: string[];
  submittedAt: string;
  contentHash: string;
  replayed: boolean;
}

/**
 * Submits (or revises) the organisation's bid on an announced competition: one new immutable BidVersion per lot bid
 * for, sealed under the competition's key, the lot's previous version marked replaced, lots left out of a revision
 * marked withdrawn; a receipt with the SHA-256 of the canonical form (README "Receipt"). Content is judged against
 * the tender's own lots, price structure, criteria and requirements; reserved lots need verified eligibility.
 * The deadline is judged in the receipt's INSERT … SELECT … FROM "Tender" … FOR SHARE by the database's clock
 * (decision 007): at or after it nothing is stored. A SUPPLIER_USER of the organisation may call it (bid.submit).
 */
export const submitBid = defineCommand({
  name: "bids.submit",
  action: "bid.submit",
  input: ZSubmitBidInput,
  load: ({ tx, actor, input }) => loadTenderForBid(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, actor, input, clock, now, resource: tender }) => {
    const supplierId = tender.supplierId!;
    // Each inline document's SHA-256, once: the request's fingerprint and the document check both need it.
    const hashes = input.documents.map((d) => sha256Hex(d.bytes));
    const claim = input.idempotencyKey ? { supplierId, operation: "submit" as const, key: input.idempotencyKey } : null;
    if (claim) {
      const { idempotencyKey: _key, documents, ...rest } = input;
      const fingerprint = requestFingerprint({ ...(JSON.parse(JSON.stringify(rest)) as Canonical & object), documents: documents.map((d, i) => ({ filename: d.filename, sha256: hashes[i]! })) });
      const claimed = await claimIdempotencyKey<Omit<SubmitBidResult, "replayed">>(tx, claim, fingerprint);
      if (!claimed.fresh) return { data: { ...claimed.replay, replayed: true }, audit: [] };
    }
    if (tender.status !== "ANNOUNCED") throw new AppError("INVALID_STATE", "bids.errors.notOpen", { status: tender.status });

    const spec = bidSpecOf(tender);
    const parsed = bidContentSchema(spec).safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error);
    const content = parsed.data;

    const supplier = tender.supplier;
    if (!supplier) throw new AppError("NOT_FOUND", "errors.notFound");
    const chosen = spec.lots.filter((lot) => content.lots.some((l) => l.lotId === lot.id));
    const refused = refusedLots(supplier, chosen);
    if (refused.length > 0) {
      const lot = refused[0]!;
      const key = lot.reservation === "IDEAL" ? "bids.errors.reservedIdeal" : "bids.errors.reservedWorkInclusion";
      const fieldErrors = Object.fromEntries(refused.map((r) => [`lots.${input.lots.findIndex((l) => l.lotId === r.id)}.selected`, [key]]));
      throw new AppError("FORBIDDEN", key, { fieldErrors, messageParams: { lot: lot.title, basis: lot.basis ?? "" } });
    }

    // Documents: the draft's (already sealed: their metadata only is read here, and their ciphertext is copied by
    // the database into each version, never loaded) and any sent inline (checked and sealed now).
    const limits = bidDocumentLimits();
    const sealer = await tenderSealer(tx, tender.id, { stored: tender.storedKey });
    const draftDocuments = input.useDraftDocuments
      ? await tx.bidDraftDocument.findMany({
          where: { draft: { tenderId: tender.id, supplierId } },
          orderBy: { createdAt: "asc" },
          select: { id: true, filename: true, mimeType: true, sizeBytes: true, sha256: true },
        })
      : [];
    const inline: SealedDocument[] = [];
    const documents: DocumentRef[] = [...draftDocuments];
    for (const [index, file] of input.documents.entries()) {
      const total = documents.reduce((sum, d) => sum + d.sizeBytes, 0);
      const sealed = await checkAndSeal(sealer, { tenderId: tender.id, supplierId }, { ...file, sha256: hashes[index]! }, total, `documents.${index}`);
      if (!documents.some((d) => d.sha256 === sealed.sha256)) {
        documents.push(sealed);
        inline.push(sealed);
      }
    }
    if (documents.reduce((sum, d) => sum + d.sizeBytes, 0) > limits.maxTotalBytes) {
      throw new AppError("TOO_LARGE", "bids.errors.totalTooLarge", { messageParams: { total: megabytes(limits.maxTotalBytes) } });
    }

    const canonical = canonicalBid({ tenderId: tender.id, tenderReference: tender.reference, supplierOrgnr: supplier.orgnr }, content, documents);
    const plaintext = canonicalBytes(canonical);
    const contentHash = receiptHash(canonical);
    const number = await nextSubmissionNumber(tx, tender.id, supplierId);
    const lotIds = content.lots.map((l) => l.lotId);
    const receiptId = randomUUID();
    const lots = lotIds.map((lotId) => {
      const versionId = randomUUID();
      return { lotId, versionId, sealed: sealer.seal(plaintext, versionContext(versionId)) };
    });
    const draft = sealer.seal(Buffer.from(JSON.stringify({ lots: input.lots, quality: input.quality, requirements: input.requirements, exclusions: input.exclusions })), draftContext(tender.id, supplierId));
    const result: Omit<SubmitBidResult, "replayed" | "submittedAt"> = {
      receiptId, tenderId: tender.id, tenderReference: tender.reference, supplierId, number, lotIds, contentHash,
    };

    // The deadline, in the write: everything is written only while the competition is announced and before its
    // deadline, judged by one clock at this statement; its instant is the submission's time everywhere.
    const [written] = await guardedWrite(tx, { tenderId: tender.id, clock, now, locale: actor.locale }, (guard) => writeSubmission(tx, guard, {
      tenderId: tender.id, supplierId, userId: actor.userId, receiptId, number, contentHash, documents, lots, inline,
      draftDocumentIds: draftDocuments.map((d) => d.id), draft,
      idempotency: claim ? { claim, result } : null,
    }));
    const { submittedAt: at, withdrawnLots } = written!;
    const lotNumbers = content.lots.map((l) => l.lotNumber).join(", ");
    return {
      data: { ...result, submittedAt: at.toISOString(), replayed: false },
      audit: {
        chain: `tender:${tender.id}`, action: "bid.submitted", entityType: "BidReceipt", entityId: receiptId,
        after: { supplierId, number, lotIds, contentHash, documents: documents.length, withdrawnLots },
      },
      notify: [{
        to: { supplierId },
        template: "bid.submitted" as const,
        params: { path: portalReceipt(receiptId), reference: tender.reference, number, submittedAt: at.toISOString(), contentHash, lots: lotNumbers },
      }],
    };
  },
});
