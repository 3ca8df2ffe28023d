"use server";

import { revalidatePath } from "next/cache";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { ROUTES } from "@/lib/routes";
import { inviteMember, removeMember, revokeInvitation } from "@/lib/suppliers";

export async function inviteMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(inviteMember, formInput(formData), (result) => ({ key: "suppliers.organisation.invited", params: { email: result.email } }));
  if (data) revalidatePath(ROUTES.portalOrganisation);
  return state;
}

export async function revokeInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(revokeInvitation, formInput(formData), "suppliers.organisation.revoked");
  if (data) revalidatePath(ROUTES.portalOrganisation);
  return state;
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(removeMember, formInput(formData), "suppliers.organisation.removed");
  if (data) revalidatePath(ROUTES.portalOrganisation);
  return state;
}
