import { Prisma } from "@/lib/generated/prisma/client";

import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { receiptHash, type Canonical } from "./canonical";

/*
 * Idempotency (README "Idempotency"): an `Idempotency-Key` (API) or the form's token (UI) names one request. The first
 * transaction to insert the key does the work and stores its result in the same transaction; a repeat — also one
 * running at the same moment on another instance — blocks on the primary key until the first commits, then reads
 * the stored result and writes nothing. If the first rolls back, its key goes with it and the repeat does the work.
 * The same key with a different request is a CONFLICT.
 */

export type IdempotentOperation = "submit" | "withdraw";

export interface IdempotencyClaim {
  supplierId: string;
  operation: IdempotentOperation;
  key: string;
}

/** A request's fingerprint: SHA-256 of its canonical JSON (bytes of documents by their SHA-256). */
export function requestFingerprint(request: Canonical): string {
  return receiptHash(request);
}

/** Claims the key in `tx`; `{ replay }` carries the first request's stored result. */
export async function claimIdempotencyKey<T>(tx: Tx, claim: IdempotencyClaim, fingerprint: string): Promise<{ fresh: true } | { fresh: false; replay: T }> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "BidIdempotencyKey" ("supplierId", "operation", "key", "requestHash")
    VALUES (${claim.supplierId}, ${claim.operation}, ${claim.key}, ${fingerprint})
    ON CONFLICT DO NOTHING`;
  if (inserted === 1) return { fresh: true };
  const row = await tx.bidIdempotencyKey.findUniqueOrThrow({ where: { supplierId_operation_key: claim } });
  if (row.requestHash !== fingerprint) throw new AppError("CONFLICT", "bids.errors.idempotencyMismatch");
  if (row.result === null) throw new AppError("CONFLICT", "bids.errors.idempotencyPending");
  return { fresh: false, replay: row.result as T };
}

/** Stores the result of the claimed request (same transaction as its work). */
export async function completeIdempotencyKey(tx: Tx, claim: IdempotencyClaim, result: Prisma.InputJsonValue): Promise<void> {
  await tx.bidIdempotencyKey.update({ where: { supplierId_operation_key: claim }, data: { result } });
}

/**
 * The same completion as SQL, for a caller that writes its work in one statement: a data-modifying CTE that stores
 * `result` with `submittedAt` taken from `instant` (a timestamptz expression of that statement), written as
 * JavaScript's toISOString writes it, so a replay equals the first response exactly.
 */
export function completeIdempotencyKeySql(claim: IdempotencyClaim, result: Prisma.InputJsonObject, instant: Prisma.Sql, from: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`UPDATE "BidIdempotencyKey"
    SET "result" = ${JSON.stringify(result)}::jsonb || jsonb_build_object('submittedAt', to_char(${instant} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    FROM ${from}
    WHERE "supplierId" = ${claim.supplierId} AND "operation" = ${claim.operation} AND "key" = ${claim.key}`;
}
