import { z } from "zod";

import { id, text } from "@/lib/schemas";

/*
 * Inputs of the award steps (approval, return, complaints, injunctions), shared by the forms and any API.
 * The tenant (region, organisation) is never taken from here: the commands load it from stored rows.
 */

const reason = (required: string) => text().trim().min(1, required).max(4000, "errors.field.descriptionTooLong");

/** A step on one competition's award, from the tender version the user saw (CONFLICT if it moved on). */
export const ZAwardStepInput = z.object({ tenderId: id(), version: z.coerce.number().int().min(0) });

/** The manager returns the proposal to the evaluation; the comment is required and goes to the proposer. */
export const ZReturnAwardInput = ZAwardStepInput.extend({ comment: reason("awards.errors.commentRequired") });

/** An upheld complaint reopens the evaluation; the reason goes to the protocol. */
export const ZReopenEvaluationInput = ZAwardStepInput.extend({ reason: reason("awards.errors.reasonRequired") });

/** One attached file, as the route layer read it (bytes checked by the command, like every upload). */
export const ZUploadedFile = z.object({
  filename: text().trim().min(1).max(255),
  claimedType: z.string().max(255).nullish(),
  bytes: z.instanceof(Uint8Array),
});

export const MAX_COMPLAINT_FILES = 5;

export const ZLodgeComplaintInput = z.object({
  tenderId: id(),
  /** Which of the actor's organisations complains (optional when it acts for one only); the policy checks it. */
  supplierId: id().optional(),
  text: text().trim().min(1, "awards.errors.complaintTextRequired").max(20000, "awards.errors.complaintTooLong"),
  files: z.array(ZUploadedFile).max(MAX_COMPLAINT_FILES, "awards.errors.tooManyFiles").default([]),
});
export type TLodgeComplaintInput = z.input<typeof ZLodgeComplaintInput>;

export const ZDecideComplaintInput = z.object({
  complaintId: id(),
  outcome: z.enum(["UPHELD", "REJECTED"], { error: "awards.errors.outcomeRequired" }),
  reason: reason("awards.errors.reasonRequired"),
});

export const ZRegisterInjunctionInput = z.object({ tenderId: id(), note: reason("awards.errors.injunctionNoteRequired") });

export const ZLiftInjunctionInput = z.object({ injunctionId: id(), reason: reason("awards.errors.reasonRequired") });

export const ZAwardTenderParam = z.object({ tenderId: id(), supplierId: id().optional() });
