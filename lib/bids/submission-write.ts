import { randomUUID } from "node:crypto";

import { Prisma } from "@/lib/generated/prisma/client";

import type { Tx } from "@/lib/db";

import type { SealedDocument } from "./attachments";
import type { DeadlineGuard } from "./deadline";
import { completeIdempotencyKeySql, type IdempotencyClaim } from "./idempotency";
import type { SealedItem } from "./sealing";

/*
 * A submission's writes as ONE statement (a chain of data-modifying CTEs), guarded by the deadline: the receipt is
 * inserted only while the competition is announced and before its deadline (lib/bids/deadline), and every other row
 * is written from the receipt's row — so at or after the deadline nothing at all is written, and the instant the
 * guard judged by is the time of every row. Set-based over the lots, so the statement is the same for one lot or
 * many, and each document's bytes are sent once. At a deadline rush the server's work per query, not PostgreSQL, is
 * what limits throughput (docs/decisions/009).
 * The CTEs share one snapshot: the update that marks the lots' earlier versions replaced does not see the versions
 * inserted beside it, nor does the withdrawal of left-out lots see the bids submitted beside it. Foreign keys are
 * checked at the end of the statement, when every row exists.
 */

export interface LotVersion {
  lotId: string;
  versionId: string;
  sealed: SealedItem;
}

export interface SubmissionWrite {
  tenderId: string;
  supplierId: string;
  userId: string;
  receiptId: string;
  number: number;
  contentHash: string;
  /** Receipt metadata of every document in the bid (the draft's and the inline ones). */
  documents: readonly { filename: string; mimeType: string; sha256: string; sizeBytes: number }[];
  /** One new version per lot bid for (lots are unique: the content schema refuses a lot twice). */
  lots: readonly LotVersion[];
  /** Sent with the submission: stored (already sealed) with each version. */
  inline: readonly SealedDocument[];
  /** The draft's documents: their ciphertext is copied row to row by the database, never loaded. */
  draftDocumentIds: readonly string[];
  /** The working copy, sealed: it follows what was submitted, so the form opens on it. */
  draft: SealedItem;
  /** The claimed idempotency key, completed with `result` (its `submittedAt` is filled in from the receipt). */
  idempotency: { claim: IdempotencyClaim; result: Prisma.InputJsonObject } | null;
}

export interface WrittenSubmission {
  submittedAt: Date;
  /** Bids of lots this revision left out, now withdrawn (kept, marked). */
  withdrawnLots: number;
}

const bytea = (value: Uint8Array) => Prisma.sql`${value}::bytea`;
const DOCUMENT_COLUMNS = Prisma.sql`"id", "bidVersionId", "filename", "mimeType", "sizeBytes", "sha256", "ciphertext", "iv", "authTag", "keyId", "createdAt"`;

/** Writes the submission in one guarded statement; no row back = the guard refused it (state or deadline). */
export function writeSubmission(tx: Tx, { from, where }: DeadlineGuard, write: SubmissionWrite): Promise<WrittenSubmission[]> {
  const receiptDocuments = JSON.stringify(write.documents.map((d) => ({ filename: d.filename, mimeType: d.mimeType, sha256: d.sha256, sizeBytes: d.sizeBytes })));
  const lotRows = write.lots.map(({ lotId, versionId, sealed }) =>
    Prisma.sql`(${lotId}::text, ${randomUUID()}::text, ${versionId}::text, ${bytea(sealed.ciphertext)}, ${bytea(sealed.iv)}, ${bytea(sealed.authTag)}, ${sealed.keyId}::text)`);
  const { draft } = write;
  const statements: Prisma.Sql[] = [
    Prisma.sql`"receipt" AS (
      INSERT INTO "BidReceipt" ("id", "tenderId", "supplierId", "number", "lotIds", "contentHash", "documents", "submittedAt", "submittedById")
      SELECT ${write.receiptId}, t."id", ${write.supplierId}, ${write.number}::int, ${write.lots.map((l) => l.lotId)}::text[], ${write.contentHash},
             ${receiptDocuments}::jsonb, j."at", ${write.userId}
      FROM ${from} WHERE ${where}
      FOR SHARE OF t
      RETURNING "id", "submittedAt")`,
    Prisma.sql`"lots" ("lotId", "bidId", "versionId", "ciphertext", "iv", "authTag", "keyId") AS (VALUES ${Prisma.join(lotRows)})`,
    Prisma.sql`"bid" AS (
      INSERT INTO "Bid" ("id", "tenderId", "lotId", "supplierId", "status", "submittedAt", "version", "updatedAt")
      SELECT l."bidId", ${write.tenderId}, l."lotId", ${write.supplierId}, 'SUBMITTED', r."submittedAt", ${write.number}::int, r."submittedAt" FROM "lots" l, "receipt" r
      ON CONFLICT ("tenderId", "lotId", "supplierId") DO UPDATE
        SET "status" = 'SUBMITTED', "submittedAt" = EXCLUDED."submittedAt", "withdrawnAt" = NULL, "version" = EXCLUDED."version", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "id", "lotId")`,
    Prisma.sql`"replaced" AS (
      UPDATE "BidVersion" v SET "replacedAt" = r."submittedAt" FROM "bid" b, "receipt" r WHERE v."bidId" = b."id" AND v."replacedAt" IS NULL)`,
    Prisma.sql`"version" AS (
      INSERT INTO "BidVersion" ("id", "bidId", "number", "ciphertext", "iv", "authTag", "keyId", "contentHash", "submittedAt", "receiptId")
      SELECT l."versionId", b."id", ${write.number}::int, l."ciphertext", l."iv", l."authTag", l."keyId", ${write.contentHash}, r."submittedAt", r."id"
      FROM "lots" l JOIN "bid" b ON b."lotId" = l."lotId" CROSS JOIN "receipt" r
      RETURNING "id")`,
    // A revision that leaves a lot out withdraws the bid for it (kept, marked).
    Prisma.sql`"withdrawn" AS (
      UPDATE "Bid" w SET "status" = 'WITHDRAWN', "withdrawnAt" = r."submittedAt", "updatedAt" = r."submittedAt"
      FROM "receipt" r
      WHERE w."tenderId" = ${write.tenderId} AND w."supplierId" = ${write.supplierId} AND w."status" = 'SUBMITTED'
        AND NOT (w."lotId" = ANY(${write.lots.map((l) => l.lotId)}::text[]))
      RETURNING w."id")`,
    Prisma.sql`"draft" AS (
      INSERT INTO "BidDraft" ("id", "tenderId", "supplierId", "ciphertext", "iv", "authTag", "keyId", "updatedById", "updatedAt")
      SELECT ${randomUUID()}, ${write.tenderId}, ${write.supplierId}, ${bytea(draft.ciphertext)}, ${bytea(draft.iv)}, ${bytea(draft.authTag)}, ${draft.keyId}, ${write.userId}, r."submittedAt"
      FROM "receipt" r
      ON CONFLICT ("tenderId", "supplierId") DO UPDATE
        SET "ciphertext" = EXCLUDED."ciphertext", "iv" = EXCLUDED."iv", "authTag" = EXCLUDED."authTag", "keyId" = EXCLUDED."keyId",
            "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt")`,
  ];
  if (write.inline.length > 0) {
    const rows = write.inline.map((d) => Prisma.sql`(${d.filename}::text, ${d.mimeType}::text, ${d.sizeBytes}::int, ${d.sha256}::text, ${bytea(d.ciphertext)}, ${bytea(d.iv)}, ${bytea(d.authTag)}, ${d.keyId}::text)`);
    statements.push(Prisma.sql`"inline" AS (
      INSERT INTO "BidDocument" (${DOCUMENT_COLUMNS})
      SELECT gen_random_uuid()::text, v."id", d."filename", d."mimeType", d."sizeBytes", d."sha256", d."ciphertext", d."iv", d."authTag", d."keyId", r."submittedAt"
      FROM "version" v, "receipt" r, (VALUES ${Prisma.join(rows)}) AS d ("filename", "mimeType", "sizeBytes", "sha256", "ciphertext", "iv", "authTag", "keyId"))`);
  }
  if (write.draftDocumentIds.length > 0) {
    // The draft's sealed bytes, copied row to row (their context names the organisation and hash, not the row).
    statements.push(Prisma.sql`"copied" AS (
      INSERT INTO "BidDocument" (${DOCUMENT_COLUMNS})
      SELECT gen_random_uuid()::text, v."id", d."filename", d."mimeType", d."sizeBytes", d."sha256", d."ciphertext", d."iv", d."authTag", d."keyId", r."submittedAt"
      FROM "version" v, "receipt" r, "BidDraftDocument" d WHERE d."id" = ANY(${write.draftDocumentIds}::text[]))`);
  }
  if (write.idempotency) {
    const { claim, result } = write.idempotency;
    statements.push(Prisma.sql`"idempotency" AS (${completeIdempotencyKeySql(claim, result, Prisma.sql`r."submittedAt"`, Prisma.sql`"receipt" r`)})`);
  }
  return tx.$queryRaw<WrittenSubmission[]>`WITH ${Prisma.join(statements, ",\n")}
    SELECT r."submittedAt", (SELECT count(*)::int FROM "withdrawn") AS "withdrawnLots" FROM "receipt" r`;
}
