import { z } from "zod";

import { ZCheckbox, id, text } from "@/lib/schemas";

export const JUSTIFICATION_MAX = 4_000;

const justification = () => text().trim().max(JUSTIFICATION_MAX, "evaluation.errors.justificationTooLong");

export const ZAppointPanelInput = z.object({
  tenderId: id(),
  memberIds: z.array(id()).max(20, "evaluation.errors.panelTooLarge").default([]),
  chairId: text().trim().default(""),
});

export const ZDeclareInput = z.object({
  tenderId: id(),
  conflict: ZCheckbox,
  details: text().trim().max(JUSTIFICATION_MAX, "evaluation.errors.justificationTooLong").default(""),
});

/** One score as typed: "7", "7,5" or "7.6666666666666666667"; empty score and justification = not scored yet. */
export const ZScoreEntry = z.object({
  bidId: id(),
  criterionId: id(),
  score: text().trim().max(40, "evaluation.errors.scoreInvalid").default(""),
  justification: justification().default(""),
});
export type TScoreEntry = z.output<typeof ZScoreEntry>;

export const ZSaveScoresInput = z.object({
  tenderId: id(),
  scores: z.array(ZScoreEntry).max(2_000).default([]),
  /** "Submit my scores": all must be there; afterwards they are final and the others' become visible. */
  submit: ZCheckbox,
});

export const ZConsensusInput = z.object({
  tenderId: id(),
  scores: z.array(ZScoreEntry).max(2_000).default([]),
});

export const ZProposeAwardInput = z.object({
  tenderId: id(),
  lots: z.array(z.object({ lotId: id(), justification: justification().default("") })).max(100).default([]),
});

export const ZTenderIdInput = z.object({ tenderId: id() });
