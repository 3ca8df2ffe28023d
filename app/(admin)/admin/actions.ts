"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { PASSWORD_RESET_TTL_MS } from "@/lib/auth/reset-token";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { updateRegionSettings } from "@/lib/admin";
import { adminUser, ROUTES } from "@/lib/routes";
import { addMembership, createUser, requestPasswordReset, revokeMembership, setUserActive, updateUser } from "@/lib/users";

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(createUser, formInput(formData), "admin.userCreated");
  if (state.status !== "ok" || !data) return state;
  revalidatePath(ROUTES.adminUsers);
  redirect(`${adminUser(data.id)}?created=1`);
}

export async function updateUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(updateUser, formInput(formData), (data) => ({ key: data.changed ? "admin.userSaved" : "admin.noChanges" }));
  revalidatePath(ROUTES.adminUsers, "layout");
  return state;
}

export async function setUserActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(setUserActive, formInput(formData), (data) => ({
    key: data.active ? "admin.userReactivated" : "admin.userDeactivated",
  }));
  revalidatePath(ROUTES.adminUsers, "layout");
  return state;
}

export async function addMembershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(addMembership, formInput(formData), "admin.roleAdded");
  revalidatePath(ROUTES.adminUsers, "layout");
  return state;
}

export async function revokeMembershipAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(revokeMembership, formInput(formData), "admin.roleRevoked");
  revalidatePath(ROUTES.adminUsers, "layout");
  return state;
}

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(requestPasswordReset, formInput(formData), (data) => ({
    key: "admin.resetQueued",
    params: { email: data.email, minutes: PASSWORD_RESET_TTL_MS / 60_000 },
  }));
  if (state.status !== "ok" || env().DEMO_MODE !== "1") return state;
  // Say plainly that no e-mail leaves a demo; the link itself is never shown to the admin.
  return { ...state, message: `${state.message} ${(await getTranslator()).t("admin.resetQueuedDemo")}` };
}

export async function updateRegionSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state } = await runFormCommand(updateRegionSettings, formInput(formData), (data: { changed: boolean }) => ({ key: data.changed ? "admin.regionPage.saved" : "admin.noChanges" }));
  revalidatePath(ROUTES.adminRegions, "layout");
  return state;
}
