import { randomUUID } from "node:crypto";

import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { formatOsloDateTime } from "@/lib/time";

import { checkAndSeal } from "../attachments";
import { draftContext } from "../contexts";
import { instantSql, judgedInstant } from "../deadline";
import { loadTenderForBid, lockOwnBid, refusalFor } from "../load";
import { sealForTender } from "../sealing";
import { ZUploadBidDocumentInput } from "../schemas";

/**
 * Attaches a document to the organisation's draft bid (creating an empty draft if there is none): checked against
 * the limits, sniffed, scanned by the virus-scanner hook, named safely, hashed and sealed. The same file twice is
 * kept once. Before the deadline only. A SUPPLIER_USER of the organisation (bid.submit).
 */
export const uploadBidDocument = defineCommand({
  name: "bids.uploadDocument",
  action: "bid.submit",
  input: ZUploadBidDocumentInput,
  load: ({ tx, actor, input }) => loadTenderForBid(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, actor, input, clock, now, resource: tender }) => {
    const supplierId = tender.supplierId!;
    if (tender.status !== "ANNOUNCED") throw new AppError("INVALID_STATE", "bids.errors.notOpen", { status: tender.status });
    await lockOwnBid(tx, tender.id, supplierId);
    // An empty draft to hang the document on, created in the guarded write (so never after the deadline).
    const empty = await sealForTender(tx, tender.id, Buffer.from("{}"), draftContext(tender.id, supplierId));
    const draftRows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "BidDraft" ("id", "tenderId", "supplierId", "ciphertext", "iv", "authTag", "keyId", "updatedById", "createdAt", "updatedAt")
      SELECT ${randomUUID()}, t."id", ${supplierId}, ${Buffer.from(empty.ciphertext)}, ${Buffer.from(empty.iv)}, ${Buffer.from(empty.authTag)}, ${empty.keyId}, ${actor.userId}, j."at", j."at"
      FROM "Tender" t, (SELECT ${instantSql(judgedInstant(clock, now))} AS "at") j
      WHERE t."id" = ${tender.id} AND t."status" = 'ANNOUNCED' AND t."deadline" > j."at"
      FOR SHARE OF t
      ON CONFLICT ("tenderId", "supplierId") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "id"`;
    if (draftRows.length !== 1) throw await refusalFor(tx, tender.id, actor.locale, formatOsloDateTime);
    const draftId = draftRows[0]!.id;
    const existing = await tx.bidDraftDocument.findMany({ where: { draftId }, select: { sha256: true, sizeBytes: true, id: true } });
    const sealed = await checkAndSeal(tx, { tenderId: tender.id, supplierId }, input, existing.reduce((sum, d) => sum + d.sizeBytes, 0), "file");
    const same = existing.find((d) => d.sha256 === sealed.sha256);
    const document = same ?? (await tx.bidDraftDocument.create({ data: { draftId, ...sealed, createdAt: now }, select: { id: true } }));
    return {
      data: { documentId: document.id, tenderId: tender.id, filename: sealed.filename, sha256: sealed.sha256, sizeBytes: sealed.sizeBytes },
      audit: same ? [] : { chain: `tender:${tender.id}`, action: "bid.document_attached", entityType: "BidDraftDocument", entityId: document.id, after: { supplierId, sha256: sealed.sha256, sizeBytes: sealed.sizeBytes } },
    };
  },
});
