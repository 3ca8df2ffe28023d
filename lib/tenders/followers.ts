import type { Prisma } from "@prisma/client";

/**
 * The organisations that hear of what happens on a competition: those that registered interest and those that
 * bid or began a bid (a draft counts). Q&A, amendments and cancellation all notify exactly this set, once each.
 */
export async function followersOf(tx: Prisma.TransactionClient, tenderId: string): Promise<string[]> {
  const [interests, bids, drafts] = await Promise.all([
    tx.tenderInterest.findMany({ where: { tenderId }, select: { supplierId: true } }),
    tx.bid.findMany({ where: { tenderId }, distinct: ["supplierId"], select: { supplierId: true } }),
    tx.bidDraft.findMany({ where: { tenderId }, select: { supplierId: true } }),
  ]);
  return [...new Set([...interests, ...bids, ...drafts].map((row) => row.supplierId))].sort();
}
