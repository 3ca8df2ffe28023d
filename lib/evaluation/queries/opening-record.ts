import { defineDetailQuery } from "@/lib/query";
import { ZTenderIdParam } from "@/lib/tenders/schemas";

import { readOpeningRecord } from "../opening/record";

/**
 * The opening page for the region's officers and managers: the competition's deadline and state, the opening request
 * (who, when) and — once opened — the stored opening record and each bid's current qualification status. Before
 * opening nothing of the bids but their count is here (tests/integration/sealed-reads.test.ts runs it).
 */
export const getOpeningForOfficer = defineDetailQuery({
  name: "evaluation.getOpeningForOfficer",
  action: "bid.read_opened",
  input: ZTenderIdParam,
  load: async ({ db, input }) => {
    const tender = await db.tender.findUnique({
      where: { id: input.id },
      select: {
        id: true, reference: true, title: true, status: true, version: true, regionId: true, deadline: true, openedAt: true,
        region: { select: { openingControl: true } },
        opening: { select: { control: true, requestedAt: true, confirmedAt: true, record: true, requestedBy: { select: { id: true, name: true } }, confirmedBy: { select: { id: true, name: true } } } },
        _count: { select: { bids: { where: { status: { notIn: ["DRAFT"] } } } } },
      },
    });
    if (!tender) return null;
    const opened = tender.openedAt !== null;
    const bids = opened
      ? await db.bid.findMany({ where: { tenderId: tender.id }, select: { id: true, status: true, rejectionBasis: true } })
      : [];
    const { opening, ...rest } = tender;
    return {
      ...rest,
      openingRequestedById: opening?.requestedBy.id ?? null,
      opening: opening ? { control: opening.control, requestedAt: opening.requestedAt, confirmedAt: opening.confirmedAt, requestedBy: opening.requestedBy, confirmedBy: opening.confirmedBy } : null,
      record: opened ? readOpeningRecord(opening?.record ?? null) : null,
      bidStatus: Object.fromEntries(bids.map((bid) => [bid.id, bid.status])),
    };
  },
});

export type OfficerOpening = NonNullable<Awaited<ReturnType<typeof getOpeningForOfficer.load>>>;
