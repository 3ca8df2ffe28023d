"use server";

import { revalidatePath } from "next/cache";

import { formInput, nestedFormInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { assessQualification, confirmOpening, rejectBid, requestOpening } from "@/lib/evaluation";
import { officerOpening, officerQualification, ROUTES } from "@/lib/routes";

export async function requestOpeningAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(requestOpening, formInput(formData), (result: { opened: boolean }) => ({ key: result.opened ? "opening.openedDone" : "opening.requestedDone" }));
  if (data) revalidatePath(ROUTES.officer, "layout");
  return state;
}

export async function confirmOpeningAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(confirmOpening, formInput(formData), "opening.openedDone");
  if (data) revalidatePath(ROUTES.officer, "layout");
  return state;
}

export async function assessQualificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(assessQualification, nestedFormInput(formData), (result: { qualified: boolean }) => ({ key: result.qualified ? "opening.qualification.savedQualified" : "opening.qualification.saved" }));
  if (data) {
    revalidatePath(officerQualification(data.tenderId, data.bidId));
    revalidatePath(officerOpening(data.tenderId));
  }
  return state;
}

export async function rejectBidAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(rejectBid, formInput(formData), "opening.qualification.rejected");
  if (data) {
    revalidatePath(officerQualification(data.tenderId, data.bidId));
    revalidatePath(officerOpening(data.tenderId));
  }
  return state;
}
