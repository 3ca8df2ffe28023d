import { AppError } from "@/lib/errors";
import { defineCommand, type AuditRecord } from "@/lib/mutation";
import { portalOpening } from "@/lib/routes";

import { loadForOpening, requireDeadlinePassed } from "../opening/load";
import { biddersOf, openBids } from "../opening/open-bids";
import { ZRequestOpeningInput } from "../opening/schemas";

/**
 * An officer of the region opens the competition's bids, at or after the bid deadline (before: INVALID_STATE
 * opening.errors.beforeDeadline). Under the region's TWO_PEOPLE rule (the default) this only records the request —
 * the bids stay sealed until a second officer or a manager confirms (confirmOpening). Under ONE_PERSON it opens now.
 */
export const requestOpening = defineCommand({
  name: "opening.request",
  action: "tender.open",
  input: ZRequestOpeningInput,
  load: ({ tx, input }) => loadForOpening(tx, input.tenderId),
  run: async ({ tx, actor, input, clock, now, resource: tender }) => {
    if (tender.opening) throw new AppError("CONFLICT", "opening.errors.alreadyRequested");
    const at = await requireDeadlinePassed(tx, tender, clock, now, actor.locale);
    const control = tender.region.openingControl;
    await tx.tenderOpening.create({ data: { tenderId: tender.id, control, requestedById: actor.userId, requestedAt: at } });
    const requested: AuditRecord = { chain: `tender:${tender.id}`, action: "tender.opening_requested", entityType: "Tender", entityId: tender.id, after: { control } };
    if (control === "TWO_PEOPLE") return { data: { tenderId: tender.id, opened: false }, audit: requested };

    const record = await openBids(tx, { ...tender, version: input.version }, { control, requested: { id: actor.userId, at }, confirmed: null }, now);
    await tx.tenderOpening.update({ where: { tenderId: tender.id }, data: { record: record as object } });
    return {
      data: { tenderId: tender.id, opened: true },
      audit: [requested, { chain: `tender:${tender.id}`, action: "tender.opened", entityType: "Tender", entityId: tender.id, before: { status: "ANNOUNCED" }, after: { status: "OPENED", control, requestedById: actor.userId, confirmedById: null, bids: record.bids.length } }],
      notify: biddersOf(record).map((supplierId) => ({ to: { supplierId }, template: "tender.opened" as const, params: { path: portalOpening(tender.id), reference: tender.reference, openedAt: record.openedAt } })),
    };
  },
});
