"use server";

import { revalidatePath } from "next/cache";

import { nestedFormInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { ROUTES } from "@/lib/routes";
import { amendTender } from "@/lib/tenders";

export async function amendTenderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(amendTender, nestedFormInput(formData), (result) => ({ key: "amendments.published", params: { number: result.number } }));
  if (data) revalidatePath(ROUTES.officer, "layout");
  return state;
}
