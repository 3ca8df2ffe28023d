import "server-only";

import { AREAS } from "@/lib/auth/areas";
import { areaFor } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import type { Translate } from "@/lib/i18n";
import { ROUTES } from "@/lib/routes";

/** Where a 403 or 404 sends the visitor back to: their own area when signed in, else the front page. */
export async function ownAreaLink(t: Translate): Promise<{ href: string; label: string }> {
  const home = areaFor(await getActor());
  const area = AREAS.find((candidate) => candidate.paths[0] === home);
  if (!area) return { href: ROUTES.home, label: t("errors.backHome") };
  return { href: area.paths[0], label: t("errors.backToArea", { area: t(area.labelKey) }) };
}
