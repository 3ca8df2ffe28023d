import { dialogueFollowersOnAnnouncement } from "@/lib/dialogues/announcement-hook";
import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { checkAnnouncement } from "../announce-checks";
import { transitionTender } from "../guarded-transition";
import { ZTenderStepInput } from "../schemas";
import { loadForStep } from "../load-for-step";

/**
 * Publishes an approved competition (READY → ANNOUNCED) once every rule holds; the evaluation model is frozen from
 * here on (only corrections change it). The regime the value gives is recorded with its reason.
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
    const result = await transitionTender(tx, { ...tender, version: input.version }, "announce", { announcedAt: now, regime: verdict.regime, regimeReason: verdict.reason });
    return {
      data: { id: tender.id, status: result.status },
      notify: await dialogueFollowersOnAnnouncement(tx, tender, now),
      audit: { chain: `tender:${tender.id}`, action: "tender.announced", entityType: "Tender", entityId: tender.id, after: { regime: verdict.regime, deadline: tender.deadline?.toISOString() } },
    };
  },
});
