"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { convertDialogue, createDialogue, publishDialogue, updateDialogue } from "@/lib/dialogues";
import { officerDialogue, officerTender, ROUTES } from "@/lib/routes";

export async function createDialogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(createDialogue, formInput(formData), "dialogue.created");
  if (state.status !== "ok" || !data) return state;
  revalidatePath(ROUTES.officerDialogues);
  redirect(officerDialogue(data.id));
}

export async function updateDialogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(updateDialogue, formInput(formData), "dialogue.saved");
  if (data) revalidatePath(officerDialogue(data.id));
  return state;
}

export async function publishDialogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(publishDialogue, formInput(formData), "dialogue.published");
  if (state.status !== "ok" || !data) return state;
  revalidatePath(ROUTES.officerDialogues, "layout");
  revalidatePath(ROUTES.dialogues, "layout");
  // The publish panel goes away with the draft form: the page says what happened (as the tender steps do, ?done=).
  redirect(`${officerDialogue(data.id)}?done=published`);
}

export async function convertDialogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(convertDialogue, formInput(formData), (result) => ({ key: "dialogue.converted", params: { reference: result.reference } }));
  if (state.status !== "ok" || !data) return state;
  revalidatePath(ROUTES.officer, "layout");
  // On to the new draft, which names the dialogue it came from.
  redirect(officerTender(data.tenderId));
}
