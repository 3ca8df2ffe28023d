import type { ReactNode } from "react";

import { requireActor } from "@/lib/auth/session";
import { ROUTES } from "@/lib/routes";

/** The notification centre is every signed-in user's, whatever their role: it needs a session, nothing more. */
export default async function NotificationsLayout({ children }: { children: ReactNode }) {
  await requireActor(ROUTES.notifications);
  return children;
}
