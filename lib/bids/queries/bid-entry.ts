import { defineDetailQuery } from "@/lib/query";
import { actingSupplierId } from "@/lib/suppliers/acting";

import { ZBidTenderParam } from "../schemas";
import { overviewState } from "../overview";

/** For the portal's competition page: the state of the organisation's bid there (no content), to offer "Lag/Endre tilbud". */
export const getBidEntry = defineDetailQuery({
  name: "bids.getEntry",
  action: "bid.read_own",
  input: ZBidTenderParam,
  load: async ({ db, actor, input }) => {
    const supplierId = actingSupplierId(actor, input.supplierId);
    // A user of several organisations chooses on the bid page (the page asks before reading this).
    if (!supplierId) return null;
    const [draft, bids, receipt] = await Promise.all([
      db.bidDraft.count({ where: { tenderId: input.tenderId, supplierId } }),
      db.bid.findMany({ where: { tenderId: input.tenderId, supplierId }, select: { status: true } }),
      db.bidReceipt.findFirst({ where: { tenderId: input.tenderId, supplierId }, orderBy: { number: "desc" }, select: { number: true, submittedAt: true } }),
    ]);
    const started = draft > 0 || bids.length > 0;
    return { supplierId, state: started ? overviewState({ lots: bids, hasDraft: draft > 0 }) : ("NONE" as const), receipt };
  },
});
