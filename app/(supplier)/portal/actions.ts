"use server";

import { revalidatePath } from "next/cache";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { portalTender, ROUTES } from "@/lib/routes";
import { askQuestion, registerInterest, withdrawInterest } from "@/lib/tenders";

function refresh(tenderId: string) {
  revalidatePath(portalTender(tenderId));
  revalidatePath(ROUTES.portal);
}

/** Registers or withdraws the organisation's interest, as the form's `intent` says (one action, so the form keeps its result). */
export async function toggleInterestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const withdraw = formData.get("intent") === "withdraw";
  const { state, data } = withdraw
    ? await runFormCommand(withdrawInterest, formInput(formData), "questions.portal.withdrawn")
    : await runFormCommand(registerInterest, formInput(formData), "questions.portal.registered");
  if (data) refresh(data.tenderId);
  return state;
}

export async function askQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(askQuestion, formInput(formData), "questions.portal.asked");
  if (data) refresh(data.tenderId);
  return state;
}
