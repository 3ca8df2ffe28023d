import { defineCommand } from "@/lib/mutation";
import { publicNotice } from "@/lib/routes";

import { followersOf } from "../followers";
import { transitionTender } from "../guarded-transition";
import { loadForStep } from "../load-for-step";
import { ZCancelTenderInput } from "../schemas";

/**
 * Avlysning: a competition is cancelled with a reason at any stage before the contract (the state machine says
 * which). Nothing is deleted; every organisation that follows it (interest, a bid or a begun bid) is told, through
 * the outbox.
 */
export const cancelTender = defineCommand({
  name: "tender.cancel",
  action: "tender.cancel",
  input: ZCancelTenderInput,
  load: ({ tx, input }) => loadForStep(tx, input.tenderId),
  run: async ({ tx, input, now, resource: tender }) => {
    const result = await transitionTender(tx, { ...tender, version: input.version }, "cancel", { cancelledAt: now, cancelReason: input.reason }, { reason: input.reason });
    const followers = await followersOf(tx, tender.id);
    return {
      data: { id: tender.id, status: result.status },
      audit: { chain: `tender:${tender.id}`, action: "tender.cancelled", entityType: "Tender", entityId: tender.id, before: { status: result.from }, after: { status: result.status, reason: input.reason } },
      notify: followers.map((supplierId) => ({
        to: { supplierId },
        template: "tender.cancelled" as const,
        params: { path: publicNotice(tender.id), reference: tender.reference, reason: input.reason },
      })),
    };
  },
});
