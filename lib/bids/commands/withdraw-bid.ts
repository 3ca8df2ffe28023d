import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { guardedWrite } from "../deadline";
import { claimIdempotencyKey, completeIdempotencyKey, requestFingerprint } from "../idempotency";
import { loadTenderForBid } from "../load";
import { portalBid } from "../routes";
import { ZWithdrawBidInput } from "../schemas";

export interface WithdrawBidResult {
  tenderId: string;
  supplierId: string;
  bidIds: string[];
  withdrawnAt: string;
  replayed: boolean;
}

/**
 * Withdraws the organisation's submitted bid on a competition (every lot) before the deadline. The versions stay, the
 * bids are marked WITHDRAWN; a withdrawn bid may be submitted again before the deadline. The deadline is judged in the
 * UPDATE itself by the database's clock (decision 007). A SUPPLIER_USER of the organisation may call it (bid.withdraw).
 */
export const withdrawBid = defineCommand({
  name: "bids.withdraw",
  action: "bid.withdraw",
  input: ZWithdrawBidInput,
  load: ({ tx, actor, input }) => loadTenderForBid(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, actor, input, clock, now, resource: tender }) => {
    const supplierId = tender.supplierId!;
    const claim = input.idempotencyKey ? { supplierId, operation: "withdraw" as const, key: input.idempotencyKey } : null;
    if (claim) {
      const claimed = await claimIdempotencyKey<Omit<WithdrawBidResult, "replayed">>(tx, claim, requestFingerprint({ tenderId: tender.id }));
      if (!claimed.fresh) return { data: { ...claimed.replay, replayed: true }, audit: [] };
    }
    if (tender.status !== "ANNOUNCED") throw new AppError("INVALID_STATE", "bids.errors.notOpen", { status: tender.status });
    const submitted = await tx.bid.count({ where: { tenderId: tender.id, supplierId, status: "SUBMITTED" } });
    if (submitted === 0) throw new AppError("INVALID_STATE", "bids.errors.nothingToWithdraw");
    const updated = await guardedWrite(tx, { tenderId: tender.id, clock, now, locale: actor.locale }, ({ from, where }) => tx.$queryRaw<{ id: string; withdrawnAt: Date }[]>`
      UPDATE "Bid" b SET "status" = 'WITHDRAWN', "withdrawnAt" = j."at", "updatedAt" = j."at"
      FROM ${from}
      WHERE ${where} AND b."tenderId" = t."id" AND b."supplierId" = ${supplierId} AND b."status" = 'SUBMITTED'
      RETURNING b."id", b."withdrawnAt"`);
    const at = updated[0]!.withdrawnAt;
    const result: Omit<WithdrawBidResult, "replayed"> = { tenderId: tender.id, supplierId, bidIds: updated.map((b) => b.id).sort(), withdrawnAt: at.toISOString() };
    if (claim) await completeIdempotencyKey(tx, claim, result);
    return {
      data: { ...result, replayed: false },
      audit: { chain: `tender:${tender.id}`, action: "bid.withdrawn", entityType: "Bid", entityId: result.bidIds[0]!, after: { supplierId, bidIds: result.bidIds } },
      notify: [{ to: { supplierId }, template: "bid.withdrawn" as const, params: { path: portalBid(tender.id), reference: tender.reference, withdrawnAt: result.withdrawnAt } }],
    };
  },
});
