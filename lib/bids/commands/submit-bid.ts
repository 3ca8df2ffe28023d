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
import { claimIdempotencyKey, completeIdempotencyKey, requestFingerprint } from "../idempotency";
import { bidSpecOf, loadTenderForBid, lockOwnBid } from "../load";
import { portalReceipt } from "../routes";
import { tenderSealer } from "../sealing";
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
    const claim = input.idempotencyKey ? { supplierId, operation: "submit" as const, key: input.idempotencyKey } : null;
    if (claim) {
      const { idempotencyKey: _key, documents, ...rest } = input;
      const fingerprint = requestFingerprint({ ...(JSON.parse(JSON.stringify(rest)) as Canonical & object), documents: documents.map((d) => ({ filename: d.filename, sha256: sha256Hex(d.bytes) })) });
      const claimed = await claimIdempotencyKey<Omit<SubmitBidResult, "replayed">>(tx, claim, fingerprint);
      if (!claimed.fresh) return { data: { ...claimed.replay, replayed: true }, audit: [] };
    }
    if (tender.status !== "ANNOUNCED") throw new AppError("INVALID_STATE", "bids.errors.notOpen", { status: tender.status });
    await lockOwnBid(tx, tender.id, supplierId);

    const spec = bidSpecOf(tender);
    const parsed = bidContentSchema(spec).safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error);
    const content = parsed.data;

    const supplier = await tx.supplier.findUniqueOrThrow({ where: { id: supplierId }, select: { orgnr: true, verifiedIdeal: true, verifiedWorkInclusion: true } });
    const chosen = spec.lots.filter((lot) => content.lots.some((l) => l.lotId === lot.id));
    const refused = refusedLots(supplier, chosen);
    if (refused.length > 0) {
      const lot = refused[0]!;
      const key = lot.reservation === "IDEAL" ? "bids.errors.reservedIdeal" : "bids.errors.reservedWorkInclusion";
      const fieldErrors = Object.fromEntries(refused.map((r) => [`lots.${input.lots.findIndex((l) => l.lotId === r.id)}.selected`, [key]]));
      throw new AppError("FORBIDDEN", key, { fieldErrors, messageParams: { lot: lot.title, basis: lot.basis ?? "" } });
    }

    // Documents: the draft's (already sealed: their metadata only is read here, and their ciphertext is copied by
    // the database into each version below, never loaded) and any sent inline (checked and sealed now).
    const limits = bidDocumentLimits();
    const sealer = await tenderSealer(tx, tender.id);
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
      const sealed = await checkAndSeal(sealer, { tenderId: tender.id, supplierId }, file, total, `documents.${index}`);
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
    const bids = await tx.bid.findMany({ where: { tenderId: tender.id, supplierId }, select: { id: true, lotId: true, status: true, version: true } });
    const lastReceipt = await tx.bidReceipt.aggregate({ where: { tenderId: tender.id, supplierId }, _max: { number: true } });
    const number = Math.max(lastReceipt._max.number ?? 0, ...bids.map((b) => b.version)) + 1;
    const lotIds = content.lots.map((l) => l.lotId);
    const receiptId = randomUUID();

    // The deadline, in the write: the receipt is inserted only while the competition is announced and before its
    // deadline, judged by one clock at this statement; its instant is the submission's time everywhere below.
    const inserted = await guardedWrite(tx, { tenderId: tender.id, clock, now, locale: actor.locale }, ({ from, where }) => tx.$queryRaw<{ submittedAt: Date }[]>`
      INSERT INTO "BidReceipt" ("id", "tenderId", "supplierId", "number", "lotIds", "contentHash", "documents", "submittedAt", "submittedById")
      SELECT ${receiptId}, t."id", ${supplierId}, ${number}, ${lotIds}::text[], ${contentHash},
             ${JSON.stringify(documents.map((d) => ({ filename: d.filename, mimeType: d.mimeType, sha256: d.sha256, sizeBytes: d.sizeBytes })))}::jsonb,
             j."at", ${actor.userId}
      FROM ${from} WHERE ${where}
      FOR SHARE OF t
      RETURNING "submittedAt"`);
    const at = inserted[0]!.submittedAt;

    for (const lotId of lotIds) {
      const bid = await tx.bid.upsert({
        where: { tenderId_lotId_supplierId: { tenderId: tender.id, lotId, supplierId } },
        create: { tenderId: tender.id, lotId, supplierId, status: "SUBMITTED", submittedAt: at, version: number },
        update: { status: "SUBMITTED", submittedAt: at, withdrawnAt: null, version: number },
        select: { id: true },
      });
      await tx.bidVersion.updateMany({ where: { bidId: bid.id, replacedAt: null }, data: { replacedAt: at } });
      const versionId = randomUUID();
      const sealed = sealer.seal(plaintext, versionContext(versionId));
      await tx.bidVersion.create({
        data: {
          id: versionId, bidId: bid.id, number, ...sealed, contentHash, submittedAt: at, receiptId,
          documents: {
            create: inline.map((d) => ({ filename: d.filename, mimeType: d.mimeType, sizeBytes: d.sizeBytes, sha256: d.sha256, ciphertext: d.ciphertext, iv: d.iv, authTag: d.authTag, keyId: d.keyId, createdAt: at })),
          },
        },
      });
      if (draftDocuments.length > 0) {
        // The draft's sealed bytes, copied row to row (their context names the organisation and hash, not the row).
        await tx.$executeRaw`
          INSERT INTO "BidDocument" ("id", "bidVersionId", "filename", "mimeType", "sizeBytes", "sha256", "ciphertext", "iv", "authTag", "keyId", "createdAt")
          SELECT gen_random_uuid()::text, ${versionId}, "filename", "mimeType", "sizeBytes", "sha256", "ciphertext", "iv", "authTag", "keyId", ${at}
          FROM "BidDraftDocument" WHERE "id" = ANY(${draftDocuments.map((d) => d.id)}::text[])`;
      }
    }
    // A revision that leaves a lot out withdraws the bid for it (kept, marked).
    const leftOut = bids.filter((b) => b.status === "SUBMITTED" && !lotIds.includes(b.lotId)).map((b) => b.id);
    if (leftOut.length > 0) await tx.bid.updateMany({ where: { id: { in: leftOut } }, data: { status: "WITHDRAWN", withdrawnAt: at } });

    // The working copy follows what was submitted (sealed), so the form opens on it.
    const draftSealed = sealer.seal(Buffer.from(JSON.stringify({ lots: input.lots, quality: input.quality, requirements: input.requirements, exclusions: input.exclusions })), draftContext(tender.id, supplierId));
    await tx.bidDraft.upsert({
      where: { tenderId_supplierId: { tenderId: tender.id, supplierId } },
      create: { tenderId: tender.id, supplierId, ...draftSealed, updatedById: actor.userId, updatedAt: at },
      update: { ...draftSealed, updatedById: actor.userId, updatedAt: at },
    });

    const result: Omit<SubmitBidResult, "replayed"> = {
      receiptId, tenderId: tender.id, tenderReference: tender.reference, supplierId, number, lotIds, submittedAt: at.toISOString(), contentHash,
    };
    if (claim) await completeIdempotencyKey(tx, claim, result);
    const lotNumbers = content.lots.map((l) => l.lotNumber).join(", ");
    return {
      data: { ...result, replayed: false },
      audit: {
        chain: `tender:${tender.id}`, action: "bid.submitted", entityType: "BidReceipt", entityId: receiptId,
        after: { supplierId, number, lotIds, contentHash, documents: documents.length, withdrawnLots: leftOut.length },
      },
      notify: [{
        to: { supplierId },
        template: "bid.submitted" as const,
        params: { path: portalReceipt(receiptId), reference: tender.reference, number, submittedAt: at.toISOString(), contentHash, lots: lotNumbers },
      }],
    };
  },
});
