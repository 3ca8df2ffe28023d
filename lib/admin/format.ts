import type { Translate } from "@/lib/i18n";

/** "974760673" → "974 760 673", the way Brønnøysundregistrene prints it; anything else is returned as is. */
export function formatOrgnr(orgnr: string): string {
  return /^\d{9}$/.test(orgnr) ? `${orgnr.slice(0, 3)} ${orgnr.slice(3, 6)} ${orgnr.slice(6)}` : orgnr;
}

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
    (membership.role === "MANAGER" ? t("admin.national") : undefined);
  return scope ? `${role} – ${scope}` : role;
}
