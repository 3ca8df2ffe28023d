"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formInput, nestedFormInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { officerTender, ROUTES } from "@/lib/routes";
import { createDraft, updateDraft } from "@/lib/tenders";

export async function createDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(createDraft, formInput(formData), "tender.created");
  if (state.status !== "ok" || !data) return state;
  revalidatePath(ROUTES.officer);
  redirect(officerTender(data.id));
}

export async function updateDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(updateDraft, nestedFormInput(formData), "tender.saved");
  if (data) revalidatePath(officerTender(data.id));
  return state;
}
