import { randomUUID } from "node:crypto";

import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { checkAndSeal } from "../attachments";
import { draftContext } from "../contexts";
import { guardedWrite } from "../deadline";
import { loadTenderForBid } from "../load";
import { tenderSealer } from "../sealing";
import { ZUploadBidDocumentInput } from "../schemas";

/**
 * Attaches a document to the organisation's draft bid (creating an empty draft if there is none): checked against
 * the limits, sniffed, scanned by the virus-scanner hook, named safely, hashed and sealed. The same file twice is
 * kept once. Before the deadline only, judged in the draft's write. A SUPPLIER_USER of the organisation (bid.submit).
 */
export const uploadBidDocument = defineCommand({
  name: "bids.uploadDocument",
  action: "bid.submit",
  input: ZUploadBidDocumentInput,
  load: ({ tx, actor, input }) => loadTenderForBid(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, actor, input, clock, now, resource: tender }) => {
    const supplierId = tender.supplierId!;
    if (tender.status !== "ANNOUNCED") throw new AppError("INVALID_STATE", "bids.errors.notOpen", { status: tender.status });
    const sealer = await tenderSealer(tx, tender.id, { stored: tender.storedKey });
    const guard = { tenderId: tender.id, clock, now, locale: actor.locale };
    // The draft to hang the document on, touched in the guarded write (so never after the deadline). Only when there
    // is none yet is an empty one sealed and inserted (the lock above keeps a second upload from racing it).
    const existingDraft = await tx.bidDraft.findUnique({ where: { tenderId_supplierId: { tenderId: tender.id, supplierId } }, select: { id: true } });
    const draftRows = existingDraft
      ? await guardedWrite(tx, guard, ({ from, where }) => tx.$queryRaw<{ id: string }[]>`
          UPDATE "BidDraft" d SET "updatedAt" = j."at" FROM ${from}
          WHERE ${where} AND d."id" = ${existingDraft.id} AND d."tenderId" = t."id"
          RETURNING d."id"`)
      : await guardedWrite(tx, guard, ({ from, where }) => {
          const empty = sealer.seal(Buffer.from("{}"), draftContext(tender.id, supplierId));
          return tx.$queryRaw<{ id: string }[]>`
            INSERT INTO "BidDraft" ("id", "tenderId", "supplierId", "ciphertext", "iv", "authTag", "keyId", "updatedById", "createdAt", "updatedAt")
            SELECT ${randomUUID()}, t."id", ${supplierId}, ${Buffer.from(empty.ciphertext)}, ${Buffer.from(empty.iv)}, ${Buffer.from(empty.authTag)}, ${empty.keyId}, ${actor.userId}, j."at", j."at"
            FROM ${from} WHERE ${where}
            FOR SHARE OF t
            RETURNING "id"`;
        });
    const draftId = draftRows[0]!.id;
    const existing = await tx.bidDraftDocument.findMany({ where: { draftId }, select: { sha256: true, sizeBytes: true, id: true } });
    const sealed = await checkAndSeal(sealer, { tenderId: tender.id, supplierId }, input, existing.reduce((sum, d) => sum + d.sizeBytes, 0), "file");
    const same = existing.find((d) => d.sha256 === sealed.sha256);
    const document = same ?? (await tx.bidDraftDocument.create({ data: { draftId, ...sealed, createdAt: now }, select: { id: true } }));
    return {
      data: { documentId: document.id, tenderId: tender.id, filename: sealed.filename, sha256: sealed.sha256, sizeBytes: sealed.sizeBytes },
      audit: same ? [] : { chain: `tender:${tender.id}`, action: "bid.document_attached", entityType: "BidDraftDocument", entityId: document.id, after: { supplierId, sha256: sealed.sha256, sizeBytes: sealed.sizeBytes } },
    };
  },
});
