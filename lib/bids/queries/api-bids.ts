import { z } from "zod";

import { supplierScope } from "@/lib/auth/policy";
import { defineDetailQuery, defineListQuery, scopeWhere } from "@/lib/query";
import { id } from "@/lib/schemas";

/*
 * The REST API's reads of the organisation's own bids (GET /api/v1/bids, /bids/{id}): state, versions and their
 * receipts — never content or documents' bytes (what a version holds is the receipt's: names, types, sizes, SHA-256).
 * bid.read_own is SUPPLIER_USER-only; a bid of another organisation (or any bid, for an authority role) is not found
 * rather than forbidden, so an id reveals nothing about whether it exists.
 */

const BID_SELECT = {
  id: true, tenderId: true, lotId: true, supplierId: true, status: true, version: true, submittedAt: true, withdrawnAt: true, updatedAt: true,
  tender: { select: { reference: true, title: true, deadline: true, status: true } },
  lot: { select: { id: true, number: true, title: true } },
} as const;

export const ZOwnBidListInput = z
  .object({ tenderId: id().optional().describe("Only bids on this competition") })
  .optional()
  .transform((input) => input ?? {});

/** The organisation's bids (one per lot bid for), newest change first. */
export const listOwnBids = defineListQuery({
  name: "bids.listOwnApi",
  action: "bid.read_own",
  input: ZOwnBidListInput,
  load: ({ db, scope, input }) =>
    db.bid.findMany({
      where: { AND: [scopeWhere(scope), input.tenderId ? { tenderId: input.tenderId } : {}] },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      select: { ...BID_SELECT, versions: { where: { replacedAt: null }, select: { receiptId: true } } },
    }),
});

export type OwnBidRow = Awaited<ReturnType<typeof listOwnBids.load>>[number];

/** One of the organisation's bids with every version (newest first) and its receipt's document list. */
export const getOwnBid = defineDetailQuery({
  name: "bids.getOwnApi",
  action: "bid.read_own",
  input: z.object({ id: id() }),
  load: ({ db, actor, input }) =>
    db.bid.findFirst({
      where: { id: input.id, supplierId: { in: actor ? supplierScope(actor) : [] } },
      select: {
        ...BID_SELECT,
        versions: {
          orderBy: { number: "desc" },
          select: {
            number: true, submittedAt: true, replacedAt: true, contentHash: true, receiptId: true,
            documents: { orderBy: [{ sha256: "asc" }, { filename: "asc" }], select: { filename: true, mimeType: true, sizeBytes: true, sha256: true } },
          },
        },
      },
    }),
});

export type OwnBid = NonNullable<Awaited<ReturnType<typeof getOwnBid.load>>>;
