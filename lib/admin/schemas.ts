import { z } from "zod";

import { id } from "@/lib/schemas";

export const DRAFT_APPROVALS = ["MANAGER", "SECOND_OFFICER"] as const;

export const ZUpdateRegionSettingsInput = z.object({
  regionId: id(),
  draftApproval: z.enum(DRAFT_APPROVALS, { error: "errors.field.draftApproval" }),
});
