import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { portalOpening } from "@/lib/routes";

import { loadForOpening, requireDeadlinePassed } from "../opening/load";
import { biddersOf, openBids } from "../opening/open-bids";
import { ZConfirmOpeningInput } from "../opening/schemas";

/**
 * The second person of a two-person opening: an officer of the region or a manager whose scope covers it, never the
 * requester (policy `tender.confirm_opening`). Only now are the bids decrypted and Tender.openedAt set; both names go
 * into the stored opening record, and every bidder is told the record is in the portal.
 */
export const confirmOpening = defineCommand({
  name: "opening.confirm",
  action: "tender.confirm_opening",
  input: ZConfirmOpeningInput,
  load: ({ tx, input }) => loadForOpening(tx, input.tenderId),
  run: async ({ tx, actor, input, clock, now, resource: tender }) => {
    const opening = tender.opening;
    if (!opening || opening.confirmedAt !== null) throw new AppError("INVALID_STATE", "opening.errors.nothingToConfirm");
    await requireDeadlinePassed(tx, tender, clock, now, actor.locale);
    const record = await openBids(
      tx,
      { ...tender, version: input.version },
      { control: opening.control, requested: { id: opening.requestedById, at: opening.requestedAt }, confirmed: { id: actor.userId, at: now } },
      now,
    );
    const { count } = await tx.tenderOpening.updateMany({ where: { tenderId: tender.id, confirmedAt: null }, data: { confirmedById: actor.userId, confirmedAt: now, record: record as object } });
    if (count !== 1) throw new AppError("CONFLICT", "errors.conflict");
    return {
      data: { tenderId: tender.id, opened: true },
      audit: { chain: `tender:${tender.id}`, action: "tender.opened", entityType: "Tender", entityId: tender.id, before: { status: "ANNOUNCED" }, after: { status: "OPENED", control: opening.control, requestedById: opening.requestedById, confirmedById: actor.userId, bids: record.bids.length } },
      notify: biddersOf(record).map((supplierId) => ({ to: { supplierId }, template: "tender.opened" as const, params: { path: portalOpening(tender.id), reference: tender.reference, openedAt: record.openedAt } })),
    };
  },
});
