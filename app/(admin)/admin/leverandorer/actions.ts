"use server";

import { revalidatePath } from "next/cache";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { adminSupplier, ROUTES } from "@/lib/routes";
import { setEligibility } from "@/lib/suppliers";

/** ADMIN: the verdict on an organisation's eligibility documentation (verify or revoke). */
export async function setEligibilityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(setEligibility, formInput(formData), "suppliers.admin.saved");
  if (data) {
    revalidatePath(adminSupplier(data.supplierId));
    revalidatePath(ROUTES.adminSuppliers);
  }
  return state;
}
