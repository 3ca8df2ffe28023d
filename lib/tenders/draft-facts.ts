import Decimal from "decimal.js";

import { readPaymentSplit, type PaymentSplit } from "./draft-model-schemas";
import { lotReservation, type Reservation } from "./reservation";

/** A lot as stored, with its municipalities joined (LotMunicipality → Municipality). */
export interface LotWithArea {
  reservation: Reservation | null;
  reservationBasis: string | null;
  municipalities: { municipality: { name: string } }[];
}

/** The municipality names a lot covers, or [] for the whole region. */
export function lotMunicipalityNames(lot: Pick<LotWithArea, "municipalities">): string[] {
  return lot.municipalities.map((row) => row.municipality.name);
}

/** A share 0..1 (Tender.expectedOutcomeRate) as a percent string: "0.35" → "35". */
export function ratePercent(rate: { toString(): string } | null): string | null {
  return rate === null ? null : new Decimal(rate.toString()).times(100).toFixed();
}

/** The results-based components as shown and exported: the split, and the expected outcome rate in percent. */
export function resultsBasedOf(tender: { paymentSplit: unknown; expectedOutcomeRate: { toString(): string } | null }): (PaymentSplit & { expectedOutcomeRatePercent: string | null }) | null {
  const split = readPaymentSplit(tender.paymentSplit);
  return split ? { ...split, expectedOutcomeRatePercent: ratePercent(tender.expectedOutcomeRate) } : null;
}

/** Each lot's area and the reservation that binds it (its own or the tender's). */
export function lotFacts(tender: { reservation: Reservation; reservationBasis: string | null }, lot: LotWithArea) {
  return { municipalities: lotMunicipalityNames(lot), ...lotReservation(tender, lot) };
}
