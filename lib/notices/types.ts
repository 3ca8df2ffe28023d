/**
 * What a contract notice is made from: a plain object the route layer builds from Tender, Lot, AwardCriterion,
 * Region and MeasureType (prisma/schema.prisma) plus the buyer and the notice's own identifiers. No Prisma types here,
 * so the mapping stays pure and testable.
 */

/** Mirrors the Prisma enums of the same names. */
export type NoticeRegime = "PART_I" | "PART_II" | "PART_III" | "PART_IV";
export type NoticeProcedure = "OPEN" | "RESTRICTED" | "NEGOTIATED_WITH_NOTICE" | "COMPETITIVE_DIALOGUE" | "INNOVATION_PARTNERSHIP" | "LIGHT_REGIME";
export type NoticeReservation = "NONE" | "WORK_INCLUSION" | "IDEAL";
export type NoticeCriterionKind = "PRICE" | "QUALITY";

/** The eForms notice subtypes a contract notice of ours can have (OPP-070-notice). */
export type NoticeSubtype = "16" | "20" | "E3";

export interface NoticeBuyer {
  /** BT-500: the legal entity, by default "Arbeids- og velferdsetaten" (see README). */
  organisationName: string;
  /** BT-501: Norwegian organisasjonsnummer, 9 digits (NAV: 889640782). */
  organisationNumber: string;
  /** BT-16: the contracting unit inside it: the NAV region (Region.name, e.g. "Nav Oslo"). */
  regionName: string;
  /** BT-513 (the region's seat, Region.seat). */
  city: string;
  /** BT-507: NUTS 3 code of the region's seat, e.g. "NO081" for Oslo; omitted when unknown. */
  nutsCode?: string;
  /** BT-506 */
  contactEmail: string;
  /** BT-505, optional */
  websiteUrl?: string;
}

export interface NoticeMeasureType {
  /** MeasureType.code, e.g. "AVKLARING"; picks the CPV code (lib/notices/cpv.ts). */
  code: string;
  nameNb: string;
}

export interface NoticeSubCriterion {
  name: string;
  description: string;
  /** Percent of the whole evaluation as a decimal string ("30", "17.5"); a criterion's sub-weights sum to its weight. */
  weight: string;
}

export interface NoticeCriterion {
  kind: NoticeCriterionKind;
  name: string;
  description: string;
  /** Percent as a decimal string (AwardCriterion.weight); top-level weights sum to exactly 100. */
  weight: string;
  /** Sub-criteria (AwardCriterion.children), in position order; may be empty. */
  subCriteria: NoticeSubCriterion[];
}

export interface NoticeLot {
  /** Lot.number, 1-based; becomes LOT-0001 … */
  number: number;
  title: string;
  /** Tiltaksplasser (Lot.places). */
  places: number;
  volumeNote?: string | null;
  /** The area of the lot: a region or municipality name, e.g. "Bydel Alna". */
  areaName?: string | null;
  /** NUTS 3 code of the lot's area, when known. */
  nutsCode?: string;
  /** Overrides the tender's reservation for this lot (a tender may reserve one lot only). */
  reservation?: NoticeReservation;
  /** The legal basis of this lot's own reservation; else the tender's. */
  reservationBasis?: string | null;
  /** The municipalities the lot covers (BT-5131 place of performance, one location each); empty = the area as a whole. */
  municipalities?: string[];
}

/** Results-based price components (domain.md §0): a fixed part plus outcome payments, percent strings summing to 100. */
export interface NoticeResultsBased {
  fixedPercent: string;
  outcomes: { name: string; percent: string }[];
  /** The expected outcome rate used for the evaluated price, in percent ("35"). */
  expectedOutcomeRatePercent: string | null;
}

export interface NoticeTender {
  /** The notice itself: BT-701 (a UUID), BT-757 ("01", "02" …), BT-05 (dispatch instant). */
  notice: { id: string; version: number; issuedAt: Date; language?: "NOR" | "ENG" };
  /** BT-04: the procedure identifier (a UUID), stable across this procedure's notices. */
  procedureId: string;
  /** Tender.reference, e.g. "2026/0042" (BT-22 internal identifier). */
  reference: string;
  title: string;
  description: string;
  measureType: NoticeMeasureType;
  regime: NoticeRegime;
  procedure: NoticeProcedure;
  reservation: NoticeReservation;
  /** Legal basis of the reservation as the officer stated it (e.g. "FOA § 30-3"). */
  reservationBasis?: string | null;
  /** Tender.estimatedValueOre: NOK in øre, incl. options (BT-27-Procedure). */
  estimatedValueOre: bigint;
  contractMonths: number;
  /** "2+1+1" etc. (BT-54 options description). */
  optionModel: string;
  questionDeadline?: Date | null;
  /** BT-131: the bid deadline (an instant; written in Oslo time). */
  deadline: Date;
  /** BT-15: where the tender documents are (the public notice page). */
  documentsUrl: string;
  /** BT-18: where bids are submitted. */
  submissionUrl: string;
  buyer: NoticeBuyer;
  lots: NoticeLot[];
  /** Award criteria, the same for every lot. */
  criteria: NoticeCriterion[];
  /** Results-based payment (BT-77 financial terms on each lot), when used. */
  resultsBased?: NoticeResultsBased | null;
}
