import { isRole, ROLE_SCOPE } from "@/lib/auth/permissions";
import type { Translate } from "@/lib/i18n";

export interface MembershipSummary {
  role: string;
  region: { name: string } | null;
  supplier: { name: string } | null;
}

/** "Innkjøper – Nav Oslo", "Leder – Hele landet", "Leverandørbruker – Acme AS", "Administrator". */
export function describeMembership(t: Translate, membership: MembershipSummary): string {
  const role = t(`roles.${membership.role}`);
  const scope =
    membership.supplier?.name ??
    membership.region?.name ??
    (isRole(membership.role) && ROLE_SCOPE[membership.role].region === "optional" ? t("admin.national") : undefined);
  return scope ? `${role} – ${scope}` : role;
}
