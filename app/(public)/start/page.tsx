import { redirect } from "next/navigation";

import { areaFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";

/** After log-in: send each user to the area of their role. */
export default async function StartPage() {
  const actor = await requireActor("/start");
  redirect(areaFor(actor) ?? "/");
}
