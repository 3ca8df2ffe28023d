import type { Procedure, Reservation, TenderStatus } from "@/lib/generated/prisma/client";
import type { Timeline } from "./stage";

export type LotSpec = {
  title: string;
  places: number;
  /** Kommunenummer; without it the lot covers the whole region. */
  municipality?: string;
  /** Supplier domains (keys of supplier-data) that bid on this lot; the first is the best value. */
  bidders: string[];
};

export type TenderSpec = {
  reference: string;
  title: string;
  description: string;
  measure: string;
  region: "0300" | "1200";
  status: TenderStatus;
  /** Days from BASE to the announcement (negative = before). */
  announcedDay: number;
  lots: LotSpec[];
  /** Expected price per månedsverk (participant-month), NOK. */
  unitPriceNok: number;
  contractMonths: number;
  optionModel: "2+1" | "2+1+1" | "2+1+1+1";
  /** Weight of quality in percent; price gets the rest. */
  qualityWeight: 50 | 60 | 70;
  procedure?: Procedure;
  reservation?: Reservation;
  /** The legal basis a reserved competition states on its notice. */
  reservationBasis?: string;
  cancelReason?: string;
};

export type SeedContext = {
  regionIds: Map<string, string>;
  municipalityIds: Map<string, string>;
  measureIds: Map<string, string>;
  supplierIds: Map<string, string>;
  userIds: Map<string, string>;
};

/** A tender being seeded: its spec, the rows created so far and its dates. */
export type SeedTender = { spec: TenderSpec; tenderId: string; lotIds: string[]; time: Timeline };
