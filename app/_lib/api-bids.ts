import "server-only";

import type { z } from "zod";

import type { Actor, PolicyResource } from "@/lib/auth/policy";
import type { OwnBid, OwnBidRow } from "@/lib/bids/queries/api-bids";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ZApiBid, ZApiBidDetail } from "@/lib/openapi/bid-responses";
import { runCommand, type Command, type CommandResult } from "@/lib/mutation";
import { runQuery, type DetailQuery, type ListQuery } from "@/lib/query";
import { bidApi, bidReceiptApi } from "@/lib/routes";

/*
 * Shared by the bid routes of REST API v1 (app/api/v1/bids/…, app/api/v1/tenders/[id]/bids): the API's JSON for a
 * bid (lib/openapi/bid-responses.ts describes it), the Idempotency-Key header, and queries run as the API actor.
 */

/** The `Idempotency-Key` header as the commands' `idempotencyKey` (absent → none; the command validates it). */
export function idempotencyKeyOf(request: Request): string | undefined {
  return request.headers.get("idempotency-key") ?? undefined;
}

/** A detail query's row as the API actor, or its AppError thrown (a missing row: NOT_FOUND). */
export async function queryAs<S extends z.ZodType, O>(actor: Actor, query: DetailQuery<S, O>, rawInput: unknown): Promise<NonNullable<O>> {
  const result = await runQuery(query, { actor, rawInput, db });
  if (!result.ok) throw result.error;
  if (result.data === null || result.data === undefined) throw new AppError("NOT_FOUND", "errors.notFound");
  return result.data as NonNullable<O>;
}

/** A command as the API actor (the routes do not touch the database client themselves). */
export function commandAs<S extends z.ZodType, R extends PolicyResource | undefined, O>(actor: Actor, command: Command<S, R, O>, rawInput: unknown): Promise<CommandResult<O>> {
  return runCommand(command, { actor, rawInput, db });
}

/** A list query's rows as the API actor, or its AppError thrown. */
export async function listAs<S extends z.ZodType, O>(actor: Actor, query: ListQuery<S, O>, rawInput: unknown): Promise<O[]> {
  const result = await runQuery(query, { actor, rawInput, db });
  if (!result.ok) throw result.error;
  return result.data;
}

type Bid = OwnBidRow | OwnBid;

const currentReceipt = (bid: Bid) => bid.versions.find((v) => "replacedAt" in v ? v.replacedAt === null : true)?.receiptId ?? null;

export function apiBid(bid: Bid): z.input<typeof ZApiBid> {
  return {
    id: bid.id,
    href: bidApi(bid.id),
    tenderId: bid.tenderId,
    tenderReference: bid.tender.reference,
    tenderTitle: bid.tender.title,
    deadline: bid.tender.deadline?.toISOString() ?? null,
    lot: bid.lot,
    status: bid.status,
    version: bid.version,
    submittedAt: bid.submittedAt?.toISOString() ?? null,
    withdrawnAt: bid.withdrawnAt?.toISOString() ?? null,
    receiptHref: currentReceipt(bid) ? bidReceiptApi(bid.id) : null,
  };
}

export function apiBidDetail(bid: OwnBid): z.input<typeof ZApiBidDetail> {
  return {
    ...apiBid(bid),
    versions: bid.versions.map((v) => ({
      number: v.number, current: v.replacedAt === null, submittedAt: v.submittedAt.toISOString(), replacedAt: v.replacedAt?.toISOString() ?? null,
      contentHash: v.contentHash, receiptId: v.receiptId, documents: v.documents,
    })),
  };
}

/** The receipt of the bid's current version (a withdrawn bid keeps its last one). */
export function currentReceiptId(bid: OwnBid): string | null {
  return bid.versions.find((v) => v.replacedAt === null)?.receiptId ?? bid.versions[0]?.receiptId ?? null;
}
