"use server";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { resetPassword } from "@/lib/users";

/** Public: the token in the form is the right to set the password (see resetPassword). */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(resetPassword, formInput(formData), "passwordReset.done");
  return state;
}
