import { z } from "zod";

import { id } from "@/lib/schemas";

export const DRAFT_APPROVALS = ["MANAGER", "SECOND_OFFICER"] as const;
/** Who opens bids (issue 11): two people by default, or one where the region has decided so. */
export const OPENING_CONTROLS = ["TWO_PEOPLE", "ONE_PERSON"] as const;

export const ZUpdateRegionSettingsInput = z.object({
  regionId: id(),
  draftApproval: z.enum(DRAFT_APPROVALS, { error: "errors.field.draftApproval" }),
  /** Left out = unchanged (older clients of the form). */
  openingControl: z.enum(OPENING_CONTROLS, { error: "errors.field.openingControl" }).optional(),
});
