"use server";

import { revalidatePath } from "next/cache";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { respondToDialogue } from "@/lib/dialogues";
import { portalDialogue } from "@/lib/routes";

export async function respondToDialogueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(respondToDialogue, formInput(formData), (result) => ({ key: result.updated ? "dialogue.updated" : "dialogue.sent" }));
  const dialogueId = formData.get("dialogueId");
  if (data && typeof dialogueId === "string") revalidatePath(portalDialogue(dialogueId));
  return state;
}
