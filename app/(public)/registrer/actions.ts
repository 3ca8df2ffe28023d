"use server";

import { requestClientAddress } from "@/app/_lib/client-address";
import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { getClock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { toFormState } from "@/lib/mutation";
import { registerSupplier } from "@/lib/suppliers";
import { hitPublicSupplierForm } from "@/lib/suppliers/rate-limit";

/** Public: registers an organisation and its first administrator; every attempt counts against the address's limit. */
export async function registerSupplierAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const limit = await hitPublicSupplierForm("register", await requestClientAddress(), getClock().now());
  if (!limit.allowed) return toFormState(new AppError("RATE_LIMITED", "errors.rateLimited"), (await getTranslator()).t);
  const input = formInput(formData);
  const { state } = await runFormCommand(registerSupplier, input, () => ({ key: "suppliers.register.done", params: { name: String(input.name ?? "") } }));
  return state;
}
