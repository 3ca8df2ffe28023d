import { defineCommand } from "@/lib/mutation";

import { ZInterestInput } from "../question-schemas";
import { loadForSupplier, lockAnnounced, notOpen } from "../questions/load";

/**
 * A supplier user registers its organisation's interest in an announced competition, so it hears of questions
 * answered, amendments and cancellation (followersOf). Registering twice is a no-op. The row is written under a
 * share lock on the announced competition, so a cancellation committing at the same time either sees it or refuses it.
 */
export const registerInterest = defineCommand({
  name: "tender.registerInterest",
  action: "tender.register_interest",
  input: ZInterestInput,
  load: ({ tx, actor, input }) => loadForSupplier(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, now, resource: tender }) => {
    const supplierId = tender.supplierId!;
    if (!(await lockAnnounced(tx, tender.id))) throw notOpen(tender.status);
    const { count } = await tx.tenderInterest.createMany({ data: [{ tenderId: tender.id, supplierId, registeredAt: now }], skipDuplicates: true });
    return {
      data: { tenderId: tender.id, supplierId, registered: true },
      audit: count === 0 ? [] : { chain: `tender:${tender.id}`, action: "tender.interest_registered", entityType: "TenderInterest", entityId: `${tender.id}:${supplierId}`, after: { supplierId } },
    };
  },
});
