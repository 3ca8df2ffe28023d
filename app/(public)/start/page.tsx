import { redirect } from "next/navigation";

import { areaFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { ROUTES } from "@/lib/routes";

/** After log-in: send each user to the area of their role. */
export default async function StartPage() {
  const actor = await requireActor(ROUTES.start);
  redirect(areaFor(actor) ?? "/");
}
