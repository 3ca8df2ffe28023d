import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZSetEligibilityInput } from "../schemas";

/**
 * An ADMIN records the verdict on an organisation's documentation: which reservations it qualifies for — ideell
 * (non-profit) and/or arbeids- og inkluderingsbedrift (FOA §§ 8-8, 16-9, 30-3). Both false revokes. Verifying needs
 * at least one uploaded document; when and by whom is stored on the Supplier and audited with the before and after.
 * lib/bids reads these flags to enforce reserved competitions.
 */
export const setEligibility = defineCommand({
  name: "supplier.setEligibility",
  action: "supplier.verify_eligibility",
  input: ZSetEligibilityInput,
  async load({ tx, input }) {
    const [row] = await tx.$queryRaw<{ id: string; verifiedIdeal: boolean; verifiedWorkInclusion: boolean; verifiedAt: Date | null; verifiedById: string | null }[]>`
      SELECT id, "verifiedIdeal", "verifiedWorkInclusion", "verifiedAt", "verifiedById" FROM "Supplier" WHERE id = ${input.supplierId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
    return row;
  },
  async run({ tx, input, actor, resource: before, now }) {
    const verifying = input.verifiedIdeal || input.verifiedWorkInclusion;
    if (verifying && (await tx.supplierDocument.count({ where: { supplierId: before.id } })) === 0) {
      throw new AppError("INVALID_STATE", "suppliers.errors.verifyWithoutDocuments");
    }
    if (input.verifiedIdeal === before.verifiedIdeal && input.verifiedWorkInclusion === before.verifiedWorkInclusion) {
      throw new AppError("INVALID_STATE", "suppliers.errors.eligibilityUnchanged");
    }
    await tx.supplier.update({
      where: { id: before.id },
      data: { verifiedIdeal: input.verifiedIdeal, verifiedWorkInclusion: input.verifiedWorkInclusion, verifiedAt: now, verifiedById: actor.userId },
    });
    return {
      data: { supplierId: before.id, verifiedIdeal: input.verifiedIdeal, verifiedWorkInclusion: input.verifiedWorkInclusion },
      audit: {
        chain: "global", action: verifying ? "supplier.eligibility_verified" : "supplier.eligibility_revoked", entityType: "Supplier", entityId: before.id,
        before: { verifiedIdeal: before.verifiedIdeal, verifiedWorkInclusion: before.verifiedWorkInclusion, verifiedAt: before.verifiedAt?.toISOString() ?? null, verifiedById: before.verifiedById },
        after: { verifiedIdeal: input.verifiedIdeal, verifiedWorkInclusion: input.verifiedWorkInclusion, verifiedAt: now.toISOString(), verifiedById: actor.userId, note: input.note },
      },
    };
  },
});
