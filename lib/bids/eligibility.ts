import type { Reservation } from "@/lib/tenders/reservation";

/*
 * Reserved competitions (domain.md §4.6): only an organisation whose eligibility an administrator has *verified*
 * from its documentation may bid for a reserved tender or lot. The organisation's kind alone counts for nothing.
 * PURE: the command passes the stored supplier row and each lot's binding reservation (lotReservation()).
 */

export interface Eligibility {
  verifiedWorkInclusion: boolean;
  verifiedIdeal: boolean;
}

export interface ReservedLot {
  id: string;
  title: string;
  reservation: Reservation;
  basis: string | null;
}

/** Whether a verified organisation of these flags may bid under `reservation`. */
export function isEligible(supplier: Eligibility, reservation: Reservation): boolean {
  if (reservation === "NONE") return true;
  return reservation === "IDEAL" ? supplier.verifiedIdeal : supplier.verifiedWorkInclusion;
}

/** The lots the organisation may not bid for, each with the reservation that refuses it; [] when all are open to it. */
export function refusedLots<L extends ReservedLot>(supplier: Eligibility, lots: readonly L[]): L[] {
  return lots.filter((lot) => !isEligible(supplier, lot.reservation));
}
