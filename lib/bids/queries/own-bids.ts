import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/**
 * The organisation's bids and drafts, one row per competition: the competition's deadline and state, each lot's bid
 * state, the latest receipt. For the portal home ("Våre tilbud"). Sealed content is not read.
 */
export const listOwnBidOverview = defineListQuery({
  name: "bids.listOwnOverview",
  action: "bid.read_own",
  input: noInput,
  load: async ({ db, scope }) => {
    const where = scopeWhere(scope);
    const tenderSelect = { id: true, reference: true, title: true, deadline: true, status: true } as const;
    const [drafts, bids, receipts] = await Promise.all([
      db.bidDraft.findMany({ where, select: { supplierId: true, updatedAt: true, tender: { select: tenderSelect } } }),
      db.bid.findMany({ where, select: { supplierId: true, status: true, lot: { select: { number: true, title: true } }, tender: { select: tenderSelect } } }),
      db.bidReceipt.findMany({ where, orderBy: { number: "desc" }, select: { id: true, number: true, submittedAt: true, supplierId: true, tenderId: true } }),
    ]);
    type Row = { key: string; supplierId: string; tender: (typeof bids)[number]["tender"]; lots: { number: number; title: string; status: string }[]; hasDraft: boolean; latestReceipt: { id: string; number: number; submittedAt: Date } | null };
    const rows = new Map<string, Row>();
    const rowFor = (supplierId: string, tender: Row["tender"]) => {
      const key = `${tender.id}:${supplierId}`;
      let row = rows.get(key);
      if (!row) {
        row = { key, supplierId, tender, lots: [], hasDraft: false, latestReceipt: null };
        rows.set(key, row);
      }
      return row;
    };
    for (const draft of drafts) rowFor(draft.supplierId, draft.tender).hasDraft = true;
    for (const bid of bids) rowFor(bid.supplierId, bid.tender).lots.push({ number: bid.lot.number, title: bid.lot.title, status: bid.status });
    for (const receipt of receipts) {
      const row = rows.get(`${receipt.tenderId}:${receipt.supplierId}`);
      if (row && !row.latestReceipt) row.latestReceipt = { id: receipt.id, number: receipt.number, submittedAt: receipt.submittedAt };
    }
    return [...rows.values()]
      .map((row) => ({ ...row, lots: row.lots.sort((a, b) => a.number - b.number) }))
      .sort((a, b) => (a.tender.deadline?.getTime() ?? Infinity) - (b.tender.deadline?.getTime() ?? Infinity));
  },
});

export type OwnBidRow = Awaited<ReturnType<typeof listOwnBidOverview.load>>[number];
