import { randomUUID } from "node:crypto";

import { Prisma } from "@/lib/generated/prisma/client";

import type { Tx } from "@/lib/db";

import type { SealedDocument } from "./attachments";
import type { DeadlineGuard } from "./deadline";
import type { IdempotencyClaim } from "./idempotency";
import type { SealedItem } from "./sealing";

/*
 * A submission's writes as ONE statement (a chain of data-modifying CTEs), guarded by the deadline: the receipt is
 * inserted only while the competition is announced and before its deadline (lib/bids/deadline), and every other row
 * is written from the receipt's row — so at or after the deadline nothing at all is written, and the instant the
 * guard judged by is the time of every row. One round trip instead of five per lot plus three: at a deadline rush
 * the server's work per query, not PostgreSQL, is what limits throughput (bench/bid-rush.ts).
 * The CTEs share one snapshot: the update that marks a lot's earlier versions replaced does not see the version
 * inserted beside it. Foreign keys are checked at the end of the statement, when every row exists.
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
  lots: readonly LotVersion[];
  /** Sent with the submission: stored (already sealed) with each version. */
  inline: readonly SealedDocument[];
  /** The draft's documents: their ciphertext is copied row to row by the database, never loaded. */
  draftDocumentIds: readonly string[];
  /** Bids of lots a revision left out: withdrawn (kept, marked). */
  withdrawnBidIds: readonly string[];
  /** The working copy, sealed: it follows what was submitted, so the form opens on it. */
  draft: SealedItem;
  /** The claimed idempotency key, completed with `result` (its `submittedAt` is filled in from the receipt). */
  idempotency: { claim: IdempotencyClaim; result: Record<string, unknown> } | null;
}

const bytea = (value: Uint8Array) => Prisma.sql`${value}::bytea`;

/** The ISO instant as JavaScript's toISOString writes it, so a replayed result equals the first one exactly. */
const isoInstant = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

function lotStatements(write: SubmissionWrite, lot: LotVersion, index: number): Prisma.Sql[] {
  const bid = Prisma.raw(`"bid_${index}"`);
  const version = Prisma.raw(`"version_${index}"`);
  const { sealed } = lot;
  const statements = [
    Prisma.sql`${bid} AS (
      INSERT INTO "Bid" ("id", "tenderId", "lotId", "supplierId", "status", "submittedAt", "version", "updatedAt")
      SELECT ${randomUUID()}, ${write.tenderId}, ${lot.lotId}, ${write.supplierId}, 'SUBMITTED', r."submittedAt", ${write.number}::int, r."submittedAt" FROM "receipt" r
      ON CONFLICT ("tenderId", "lotId", "supplierId") DO UPDATE
        SET "status" = 'SUBMITTED', "submittedAt" = EXCLUDED."submittedAt", "withdrawnAt" = NULL, "version" = EXCLUDED."version", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "id")`,
    Prisma.sql`${Prisma.raw(`"replaced_${index}"`)} AS (
      UPDATE "BidVersion" v SET "replacedAt" = r."submittedAt" FROM ${bid} b, "receipt" r WHERE v."bidId" = b."id" AND v."replacedAt" IS NULL)`,
    Prisma.sql`${version} AS (
      INSERT INTO "BidVersion" ("id", "bidId", "number", "ciphertext", "iv", "authTag", "keyId", "contentHash", "submittedAt", "receiptId")
      SELECT ${lot.versionId}, b."id", ${write.number}::int, ${bytea(sealed.ciphertext)}, ${bytea(sealed.iv)}, ${bytea(sealed.authTag)}, ${sealed.keyId}, ${write.contentHash}, r."submittedAt", r."id"
      FROM ${bid} b, "receipt" r
      RETURNING "id")`,
  ];
  if (write.inline.length > 0) {
    const rows = write.inline.map((d) => Prisma.sql`(${d.filename}::text, ${d.mimeType}::text, ${d.sizeBytes}::int, ${d.sha256}::text, ${bytea(d.ciphertext)}, ${bytea(d.iv)}, ${bytea(d.authTag)}, ${d.keyId}::text)`);
    statements.push(Prisma.sql`${Prisma.raw(`"inline_${index}"`)} AS (
      INSERT INTO "BidDocument" ("id", "bidVersionId", "filename", "mimeType", "sizeBytes", "sha256", "ciphertext", "iv", "authTag", "keyId", "createdAt")
      SELECT gen_random_uuid()::text, v."id", d."filename", d."mimeType", d."sizeBytes", d."sha256", d."ciphertext", d."iv", d."authTag", d."keyId", r."submittedAt"
      FROM ${version} v, "receipt" r, (VALUES ${Prisma.join(rows)}) AS d ("filename", "mimeType", "sizeBytes", "sha256", "ciphertext", "iv", "authTag", "keyId"))`);
  }
  if (write.draftDocumentIds.length > 0) {
    // The draft's sealed bytes, copied row to row (their context names the organisation and hash, not the row).
    statements.push(Prisma.sql`${Prisma.raw(`"copied_${index}"`)} AS (
      INSERT INTO "BidDocument" ("id", "bidVersionId", "filename", "mimeType", "sizeBytes", "sha256", "ciphertext", "iv", "authTag", "keyId", "createdAt")
      SELECT gen_random_uuid()::text, v."id", d."filename", d."mimeType", d."sizeBytes", d."sha256", d."ciphertext", d."iv", d."authTag", d."keyId", r."submittedAt"
      FROM ${version} v, "receipt" r, "BidDraftDocument" d WHERE d."id" = ANY(${write.draftDocumentIds}::text[]))`);
  }
  return statements;
}

/** Writes the submission in one guarded statement; no row back = the guard refused it (state or deadline). */
export function writeSubmission(tx: Tx, { from, where }: DeadlineGuard, write: SubmissionWrite): Promise<{ submittedAt: Date }[]> {
  const receiptDocuments = JSON.stringify(write.documents.map((d) => ({ filename: d.filename, mimeType: d.mimeType, sha256: d.sha256, sizeBytes: d.sizeBytes })));
  const { draft } = write;
  const statements: Prisma.Sql[] = [
    Prisma.sql`"receipt" AS (
      INSERT INTO "BidReceipt" ("id", "tenderId", "supplierId", "number", "lotIds", "contentHash", "documents", "submittedAt", "submittedById")
      SELECT ${write.receiptId}, t."id", ${write.supplierId}, ${write.number}::int, ${write.lots.map((l) => l.lotId)}::text[], ${write.contentHash},
             ${receiptDocuments}::jsonb, j."at", ${write.userId}
      FROM ${from} WHERE ${where}
      FOR SHARE OF t
      RETURNING "id", "submittedAt")`,
    ...write.lots.flatMap((lot, index) => lotStatements(write, lot, index)),
    Prisma.sql`"draft" AS (
      INSERT INTO "BidDraft" ("id", "tenderId", "supplierId", "ciphertext", "iv", "authTag", "keyId", "updatedById", "updatedAt")
      SELECT ${randomUUID()}, ${write.tenderId}, ${write.supplierId}, ${bytea(draft.ciphertext)}, ${bytea(draft.iv)}, ${bytea(draft.authTag)}, ${draft.keyId}, ${write.userId}, r."submittedAt"
      FROM "receipt" r
      ON CONFLICT ("tenderId", "supplierId") DO UPDATE
        SET "ciphertext" = EXCLUDED."ciphertext", "iv" = EXCLUDED."iv", "authTag" = EXCLUDED."authTag", "keyId" = EXCLUDED."keyId",
            "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt")`,
  ];
  if (write.withdrawnBidIds.length > 0) {
    statements.push(Prisma.sql`"withdrawn" AS (
      UPDATE "Bid" SET "status" = 'WITHDRAWN', "withdrawnAt" = r."submittedAt", "updatedAt" = r."submittedAt"
      FROM "receipt" r WHERE "Bid"."id" = ANY(${write.withdrawnBidIds}::text[]))`);
  }
  if (write.idempotency) {
    const { claim, result } = write.idempotency;
    statements.push(Prisma.sql`"idempotency" AS (
      UPDATE "BidIdempotencyKey" SET "result" = ${JSON.stringify(result)}::jsonb || jsonb_build_object('submittedAt', ${isoInstant(Prisma.sql`r."submittedAt"`)})
      FROM "receipt" r
      WHERE "supplierId" = ${claim.supplierId} AND "operation" = ${claim.operation} AND "key" = ${claim.key})`);
  }
  return tx.$queryRaw<{ submittedAt: Date }[]>`WITH ${Prisma.join(statements, ",\n")} SELECT "submittedAt" FROM "receipt"`;
}
