"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formInput, runFormCommand } from "@/app/_lib/form-action";
import { markAllNotificationsRead, openNotification, updateNotificationPreferences } from "@/lib/notifications/centre";
import { ROUTES } from "@/lib/routes";

/** Opens one notification: read for this user, then to its subject (an app path; anything else stays in the centre). */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const { data } = await runFormCommand(openNotification, formInput(formData), "notifications.opened");
  revalidatePath("/", "layout");
  redirect(data && data.path.startsWith("/") && !data.path.startsWith("//") ? data.path : ROUTES.notifications);
}

export async function markAllReadAction(): Promise<void> {
  const { data } = await runFormCommand(markAllNotificationsRead, {}, "notifications.markedAllRead");
  revalidatePath("/", "layout");
  redirect(`${ROUTES.notifications}${data ? "?done=read" : ""}`);
}

export async function savePreferencesAction(formData: FormData): Promise<void> {
  const { data } = await runFormCommand(updateNotificationPreferences, formInput(formData), "notifications.preferences.saved");
  redirect(`${ROUTES.notificationPreferences}${data ? "?done=saved" : ""}`);
}
