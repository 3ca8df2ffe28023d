import { z } from "zod";

import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { id } from "@/lib/schemas";

import { REJECTION_GROUNDS } from "./grounds";

const REASON_MAX = 4_000;
const yes = z.preprocess((value) => value === true || value === "yes" || value === "on" || value === "true", z.boolean());
const reason = z.string().trim().max(REASON_MAX, { error: "opening.errors.reasonTooLong" }).default("");

/** One qualification requirement as the officer judged it: met or not, and why (required when not met). */
const ZRequirementAssessment = z
  .object({ requirementId: id(), met: z.enum(["yes", "no"], { error: "opening.errors.metRequired" }), reason })
  .refine((row) => row.met === "yes" || row.reason !== "", { path: ["reason"], error: "opening.errors.reasonRequired" });

/** One exclusion ground of the self-declaration: whether it applies in the officer's judgment, and why. */
const ZExclusionAssessment = z
  .object({ code: z.enum(EXCLUSION_GROUNDS, { error: "opening.errors.unknownGround" }), applies: yes.default(false), reason })
  .refine((row) => !row.applies || row.reason !== "", { path: ["reason"], error: "opening.errors.reasonRequired" });

export const ZAssessQualificationInput = z.object({
  bidId: id(),
  requirements: z.array(ZRequirementAssessment).default([]),
  // The form's "another ground" row posts an empty code when none is chosen: that row says nothing.
  exclusions: z.preprocess((rows) => (Array.isArray(rows) ? rows.filter((row) => (row as { code?: unknown } | null)?.code !== "") : rows), z.array(ZExclusionAssessment)).default([]),
});
export type TAssessQualificationInput = z.output<typeof ZAssessQualificationInput>;

export const ZRejectBidInput = z.object({
  bidId: id(),
  basis: z.enum(REJECTION_GROUNDS, { error: "opening.errors.basisRequired" }),
  reason: z.string().trim().min(1, { error: "opening.errors.reasonRequired" }).max(REASON_MAX, { error: "opening.errors.reasonTooLong" }),
});
export type TRejectBidInput = z.output<typeof ZRejectBidInput>;

/** What BidQualification stores (JSON columns). */
export interface StoredRequirementAssessment {
  requirementId: string;
  met: boolean;
  reason: string;
}
export interface StoredExclusionAssessment {
  code: string;
  applies: boolean;
  reason: string;
}
