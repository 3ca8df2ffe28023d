"use server";

import { requestClientAddress } from "@/app/_lib/client-address";
import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { getClock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { toFormState } from "@/lib/mutation";
import { acceptInvitation } from "@/lib/suppliers";
import { hitPublicSupplierForm } from "@/lib/suppliers/rate-limit";

/** Public: the token in the form is the right to join (see acceptInvitation); attempts are limited per address. */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const limit = await hitPublicSupplierForm("invitation", await requestClientAddress(), getClock().now());
  if (!limit.allowed) return toFormState(new AppError("RATE_LIMITED", "errors.rateLimited"), (await getTranslator()).t);
  const { state } = await runFormCommand(acceptInvitation, formInput(formData), "suppliers.invitation.done");
  return state;
}
