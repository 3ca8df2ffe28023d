"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { addMembership, createUser, revokeMembership, setUserActive } from "@/lib/users";

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(createUser, formInput(formData), "admin.userCreated");
  if (state.status !== "ok" || !data) return state;
  revalidatePath("/admin/brukere");
  redirect(`/admin/brukere/${data.id}?created=1`);
}

export async function setUserActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(setUserActive, formInput(formData), "admin.userUpdated");
  revalidatePath("/admin/brukere", "layout");
  return state;
}

export async function addMembershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(addMembership, formInput(formData), "admin.userUpdated");
  revalidatePath("/admin/brukere", "layout");
  return state;
}

export async function revokeMembershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(revokeMembership, formInput(formData), "admin.userUpdated");
  revalidatePath("/admin/brukere", "layout");
  return state;
}
