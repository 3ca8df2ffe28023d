import { cpvFor } from "@/lib/notices";
import type { Regime } from "@/lib/rules";

/*
 * Reserved competitions (domain.md §4.6), decided here once for the form, the save and the announcement.
 *
 * - WORK_INCLUSION (undertakings whose main purpose is the integration of disadvantaged persons, ≥ 30 % of staff):
 *   allowed under every part — FOA § 8-8 (Part II), § 16-9 (Part III), § 30-3 (ch. 30) — and below the thresholds,
 *   where Part I lets the buyer choose whom to invite.
 * - IDEAL (ideelle organisasjoner): only for health and social services under ch. 30 (PART_IV, the 2017 guidance
 *   and the later regulation) or below the ch. 30 threshold (PART_I: the buyer may invite ideelle only). Refused
 *   under Part II and Part III — also when the officer chose Part III on purpose, since then Part III's rules apply
 *   and they have no reservation for ideelle. Refused too for a measure whose CPV code is not a social service in
 *   eForms (BR-BT-00262-0200: `res-pub-ser` only with social-service CPV codes), so an announced notice always exports.
 */

export const RESERVATIONS = ["NONE", "WORK_INCLUSION", "IDEAL"] as const;
export type Reservation = (typeof RESERVATIONS)[number];

type AnnouncedRegime = Exclude<Regime, "EXEMPT">;

// Tender text (Norwegian, the language of the notice); the officer may edit it.
const WORK_INCLUSION_BASIS: Record<AnnouncedRegime, string> = {
  PART_I: "Anskaffelsesforskriften del I (under terskelverdi): oppdragsgiver velger selv hvem som inviteres, jf. FOA § 8-8",
  PART_II: "Anskaffelsesforskriften § 8-8 (reserverte kontrakter)",
  PART_III: "Anskaffelsesforskriften § 16-9 (reserverte kontrakter)",
  PART_IV: "Anskaffelsesforskriften § 30-3 (reserverte kontrakter)",
};
const IDEAL_BASIS: Partial<Record<AnnouncedRegime, string>> = {
  PART_I: "Anskaffelsesforskriften del I (under terskelverdien for helse- og sosialtjenester): oppdragsgiver kan invitere bare ideelle organisasjoner",
  PART_IV: "Anskaffelsesforskriften kapittel 30 (helse- og sosialtjenester), reservasjon for ideelle organisasjoner",
};

/** The legal basis the form prefills for a reservation under a regime; null where the reservation is not allowed. */
export function reservationBasisFor(reservation: Reservation, regime: AnnouncedRegime): string | null {
  if (reservation === "NONE") return null;
  return reservation === "WORK_INCLUSION" ? WORK_INCLUSION_BASIS[regime] : (IDEAL_BASIS[regime] ?? null);
}

/** Why a reservation is refused (a message key), or null when the rules allow it. */
export function reservationRefusal(reservation: Reservation, regime: AnnouncedRegime, measureCode: string): string | null {
  if (reservation !== "IDEAL") return null;
  if (!IDEAL_BASIS[regime]) return "errors.draftModel.idealRegime";
  if (!cpvFor(measureCode).allowsPublicServiceReservation) return "errors.draftModel.idealMeasure";
  return null;
}

/** The reservation a lot is bound by: its own, else the tender's; with the basis stated for it. */
export function lotReservation(
  tender: { reservation: Reservation; reservationBasis: string | null },
  lot: { reservation: Reservation | null; reservationBasis: string | null },
): { reservation: Reservation; basis: string | null } {
  return lot.reservation === null
    ? { reservation: tender.reservation, basis: tender.reservationBasis }
    : { reservation: lot.reservation, basis: lot.reservationBasis };
}

/** Whether a basis is one of the rule's prefills, untouched (so a change of regime may replace it). */
export function isPrefilledBasis(basis: string): boolean {
  return Object.values(WORK_INCLUSION_BASIS).includes(basis) || Object.values(IDEAL_BASIS).includes(basis);
}
