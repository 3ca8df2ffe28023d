import { z } from "zod";

import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/** A page of receipts; the portal home asks for the latest few (page 1), the receipts page for more. */
export const ZOwnReceiptsInput = z.object({
  page: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(100).default(20),
});

/**
 * Every submission receipt of the user's organisations, newest first: competition, lots, server time, version
 * number and hash. A receipt holds no bid content (it never did), so nothing sealed is selected.
 */
export const listOwnReceipts = defineListQuery({
  name: "bids.listOwnReceipts",
  action: "bid.read_own",
  input: ZOwnReceiptsInput,
  load: async ({ db, scope, input }) => {
    const receipts = await db.bidReceipt.findMany({
      where: scopeWhere(scope),
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true, number: true, lotIds: true, contentHash: true, submittedAt: true, supplierId: true,
        supplier: { select: { name: true } },
        tender: { select: { id: true, reference: true, title: true, lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } } } },
      },
    });
    return receipts.map(({ lotIds, tender: { lots, ...tender }, ...receipt }) => ({ ...receipt, tender, lots: lots.filter((lot) => lotIds.includes(lot.id)) }));
  },
});

export type OwnReceipt = Awaited<ReturnType<typeof listOwnReceipts.load>>[number];

/** How many receipts each of the user's organisations has (the receipts page's paging; the home's "all N"). */
export const listOwnReceiptCounts = defineListQuery({
  name: "bids.listOwnReceiptCounts",
  action: "bid.read_own",
  input: noInput,
  load: async ({ db, scope }) => {
    const groups = await db.bidReceipt.groupBy({ by: ["supplierId"], where: scopeWhere(scope), _count: { _all: true } });
    return groups.map((group) => ({ supplierId: group.supplierId, count: group._count._all }));
  },
});

/** The total over the organisations' counts. */
export const receiptTotal = (counts: { count: number }[]) => counts.reduce((sum, entry) => sum + entry.count, 0);
