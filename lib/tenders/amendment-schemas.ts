import { z } from "zod";

import { id, text } from "@/lib/schemas";

import { ZCheckbox } from "./draft-model-schemas";
import { ZOsloInstant, ZTenderStepInput, ZWeight } from "./schemas";

/** A criterion as amended: its name, description and weight (percent of the total), by the stored id. */
const ZAmendedCriterion = z.object({
  id: id(),
  name: text().trim().min(1, "errors.field.criterionNameRequired").max(200, "errors.field.titleTooLong"),
  description: text().trim().max(2000, "errors.field.descriptionTooLong").default(""),
  weight: ZWeight,
});

/**
 * A correction (rettelse) to an announced competition, from the version the officer saw: always a reason; new
 * deadlines ("" = unchanged); with `changeCriteria`, every leaf criterion (price and the quality sub-criteria) as it
 * should read. Documents uploaded since the last amendment are published by it.
 */
export const ZAmendTenderInput = ZTenderStepInput.extend({
  reason: text({ error: "amendments.errors.reasonRequired" }).trim().min(1, "amendments.errors.reasonRequired").max(2000, "errors.field.descriptionTooLong"),
  deadline: ZOsloInstant.default(null),
  questionDeadline: ZOsloInstant.default(null),
  changeCriteria: ZCheckbox.default(false),
  criteria: z.array(ZAmendedCriterion).max(30).default([]),
});
export type TAmendTenderInput = z.input<typeof ZAmendTenderInput>;
