import { defineDetailQuery } from "@/lib/query";

import { ZReceiptParam } from "../schemas";

/** One receipt of the actor's organisation (no bid content: it never held any). */
export const getReceipt = defineDetailQuery({
  name: "bids.getReceipt",
  action: "bid.read_own",
  input: ZReceiptParam,
  load: async ({ db, input }) => {
    const receipt = await db.bidReceipt.findUnique({
      where: { id: input.id },
      select: {
        id: true, number: true, lotIds: true, contentHash: true, documents: true, submittedAt: true, supplierId: true,
        supplier: { select: { name: true, orgnr: true } },
        tender: { select: { id: true, reference: true, title: true, lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } } } },
      },
    });
    if (!receipt) return null;
    const documents = (receipt.documents as { filename: string; mimeType: string; sha256: string; sizeBytes: number }[]) ?? [];
    return { ...receipt, documents, lots: receipt.tender.lots.filter((lot) => receipt.lotIds.includes(lot.id)) };
  },
});

export type Receipt = NonNullable<Awaited<ReturnType<typeof getReceipt.load>>>;
