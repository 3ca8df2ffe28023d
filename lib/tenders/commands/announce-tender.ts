import { dialogueFollowersOnAnnouncement } from "@/lib/dialogues/announcement-hook";
import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { checkAnnouncement } from "../announce-checks";
import { transitionTender } from "../guarded-transition";
import { ZTenderStepInput } from "../schemas";
import { loadForStep } from "../load-for-step";

/**
 * Publishes an approved competition (READY → ANNOUNCED) once every rule holds; the evaluation model is frozen from
 * here on (only corrections change it). The regime is recorded with its reason: the value's, or a stricter one the
 * officer chose (with their reason, audited for the protocol); its time limits and procedures are the ones checked.
 */
export const announceTender = defineCommand({
  name: "tender.announce",
  action: "tender.announce",
  input: ZTenderStepInput,
  load: ({ tx, input }) => loadForStep(tx, input.tenderId),
  run: async ({ tx, input, now, resource: tender }) => {
    if (tender.status !== "READY") throw new AppError("INVALID_STATE", "errors.tender.notReady");
    const thresholds = await tx.threshold.findMany();
    const verdict = checkAnnouncement(tender, thresholds, now);
    if (!verdict.ok) {
      throw verdict.earliest
        ? new AppError("VALIDATION", "errors.announce.deadlineRule", { fieldErrors: verdict.fieldErrors, messageParams: verdict.earliest })
        : new AppError("VALIDATION", "errors.announce.incomplete", { fieldErrors: verdict.fieldErrors });
    }
    // A stricter regime chosen on purpose is recorded with the officer's reason beside the value's (domain.md §0).
    const regimeReason = verdict.chosen ? `${verdict.reason} Stricter regime chosen: ${verdict.chosen}. ${tender.chosenRegimeReason ?? ""}`.trim() : verdict.reason;
    const result = await transitionTender(tx, { ...tender, version: input.version }, "announce", { announcedAt: now, regime: verdict.regime, regimeReason });
    return {
      data: { id: tender.id, status: result.status },
      notify: await dialogueFollowersOnAnnouncement(tx, tender, now),
      audit: {
        chain: `tender:${tender.id}`,
        action: "tender.announced",
        entityType: "Tender",
        entityId: tender.id,
        after: {
          regime: verdict.regime,
          byValue: verdict.byValue,
          chosen: verdict.chosen ? { regime: verdict.chosen, reason: tender.chosenRegimeReason } : null,
          procedure: tender.procedure,
          deadline: tender.deadline?.toISOString(),
        },
      },
    };
  },
});
