import { defineCommand } from "@/lib/mutation";

import { draftContext } from "../contexts";
import { guardedWrite } from "../deadline";
import { loadTenderForBid } from "../load";
import { sealForTender } from "../sealing";
import { ZSaveBidDraftInput } from "../schemas";

/**
 * Saves the organisation's working copy of its bid (sealed like a submission; nothing is validated against the
 * tender beyond the shape, so half a bid can be kept). Only while the competition is announced and before its
 * deadline, judged in the write. The authority never sees a draft. A SUPPLIER_USER of the organisation (bid.submit).
 */
export const saveBidDraft = defineCommand({
  name: "bids.saveDraft",
  action: "bid.submit",
  input: ZSaveBidDraftInput,
  load: ({ tx, actor, input }) => loadTenderForBid(tx, actor, input.tenderId, input.supplierId),
  run: async ({ tx, actor, input, clock, now, resource: tender }) => {
    const supplierId = tender.supplierId!;
    const body = { lots: input.lots, quality: input.quality, requirements: input.requirements, exclusions: input.exclusions };
    const sealed = await sealForTender(tx, tender.id, Buffer.from(JSON.stringify(body)), draftContext(tender.id, supplierId));
    const rows = await guardedWrite(tx, { tenderId: tender.id, clock, now, locale: actor.locale }, ({ from, where }) => tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "BidDraft" ("id", "tenderId", "supplierId", "ciphertext", "iv", "authTag", "keyId", "updatedById", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, t."id", ${supplierId}, ${Buffer.from(sealed.ciphertext)}, ${Buffer.from(sealed.iv)}, ${Buffer.from(sealed.authTag)}, ${sealed.keyId}, ${actor.userId}, j."at", j."at"
      FROM ${from} WHERE ${where}
      FOR SHARE OF t
      ON CONFLICT ("tenderId", "supplierId") DO UPDATE SET
        "ciphertext" = EXCLUDED."ciphertext", "iv" = EXCLUDED."iv", "authTag" = EXCLUDED."authTag", "keyId" = EXCLUDED."keyId",
        "updatedById" = EXCLUDED."updatedById", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING "id"`);
    return {
      data: { draftId: rows[0]!.id, tenderId: tender.id, supplierId },
      audit: { chain: `tender:${tender.id}`, action: "bid.draft_saved", entityType: "BidDraft", entityId: rows[0]!.id, after: { supplierId } },
    };
  },
});
