import { defineDetailQuery } from "@/lib/query";

import { ZTenderIdParam } from "../schemas";

/** What the amendment form needs beyond the tender itself: whether a bid has been submitted (criteria then locked). */
export const getAmendmentContext = defineDetailQuery({
  name: "tenders.amendmentContext",
  action: "tender.read",
  input: ZTenderIdParam,
  load: async ({ db, input }) => {
    const tender = await db.tender.findUnique({ where: { id: input.id }, select: { id: true, regionId: true } });
    if (!tender) return null;
    const submittedBids = await db.bid.count({ where: { tenderId: tender.id, OR: [{ submittedAt: { not: null } }, { status: { not: "DRAFT" } }] } });
    return { ...tender, submittedBids };
  },
});
