import { signOut } from "next-auth/react";

import { ROUTES } from "@/lib/routes";

/**
 * Ends the session and goes to the log-in page on the host the user came in on. next-auth would redirect to an
 * absolute URL built from NEXTAUTH_URL (localhost when the app was opened as 127.0.0.1), so we navigate ourselves.
 */
export async function signOutHere(): Promise<void> {
  await signOut({ redirect: false });
  window.location.assign(ROUTES.login);
}
