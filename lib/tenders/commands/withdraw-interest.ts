import { defineCommand } from "@/lib/mutation";

import { ZInterestInput } from "../question-schemas";
import { loadForSupplier } from "../questions/load";

/** A supplier user withdraws its organisation's registered interest (in any published state); no interest is a no-op. */
export const withdrawInterest = defineCommand({
  name: "tender.withdrawInterest",
  action: "tender.withdraw_interest",
  input: ZInterestInput,
  load: ({ tx, actor, input }) => loadForSupplier(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, resource: tender }) => {
    const supplierId = tender.supplierId!;
    const { count } = await tx.tenderInterest.deleteMany({ where: { tenderId: tender.id, supplierId } });
    return {
      data: { tenderId: tender.id, supplierId, registered: false },
      audit: count === 0 ? [] : { chain: `tender:${tender.id}`, action: "tender.interest_withdrawn", entityType: "TenderInterest", entityId: `${tender.id}:${supplierId}`, before: { supplierId } },
    };
  },
});
