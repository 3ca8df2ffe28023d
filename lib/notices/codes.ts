import type { NoticeProcedure, NoticeRegime, NoticeReservation, NoticeSubtype } from "./types";

/** The SDK version the notices follow (the XSDs in shared/eforms/sdk-1.14.2). */
export const EFORMS_SDK = "eforms-sdk-1.14";

export interface SubtypeInfo {
  subtype: NoticeSubtype;
  /** BT-02-notice */
  noticeType: "cn-social" | "cn-standard";
  /** BT-01-notice: the directive, or "other" for national notices */
  regulatoryDomain: "32014L0024" | "other";
  /** OPT-002-notice: DFØ's extension: ":eu" for notices that also go to TED, ":national" below the EEA threshold */
  customizationId: string;
}

const EU = `${EFORMS_SDK}#extended#urn:fdc:anskaffelser.no:2023:eforms:eu`;
const NATIONAL = `${EFORMS_SDK}#extended#urn:fdc:anskaffelser.no:2023:eforms:national`;

/** Regime → contract notice form (domain.md §0; shared/eforms/README.md). */
export const SUBTYPES: Readonly<Record<NoticeRegime, SubtypeInfo>> = {
  PART_IV: { subtype: "20", noticeType: "cn-social", regulatoryDomain: "32014L0024", customizationId: EU },
  PART_III: { subtype: "16", noticeType: "cn-standard", regulatoryDomain: "32014L0024", customizationId: EU },
  PART_II: { subtype: "E3", noticeType: "cn-standard", regulatoryDomain: "other", customizationId: NATIONAL },
  PART_I: { subtype: "E3", noticeType: "cn-standard", regulatoryDomain: "other", customizationId: NATIONAL },
};

/** BT-105-Procedure (codelist procurement-procedure-type). LIGHT_REGIME → "oth-single" is our reading (README). */
export const PROCEDURE_CODES: Readonly<Record<NoticeProcedure, string>> = {
  OPEN: "open",
  RESTRICTED: "restricted",
  NEGOTIATED_WITH_NOTICE: "neg-w-call",
  COMPETITIVE_DIALOGUE: "comp-dial",
  INNOVATION_PARTNERSHIP: "innovation",
  LIGHT_REGIME: "oth-single",
};

/**
 * BT-71-Lot (codelist reserved-procurement). "res-ws": sheltered workshops / social and professional integration
 * (FOA §§ 8-8, 16-9, 30-3); "res-pub-ser": organisations with a public-service mission (directive art. 77), our
 * closest code for a reservation for ideelle under ch. 30 (unconfirmed, see README).
 */
export const RESERVATION_CODES: Readonly<Record<NoticeReservation, string>> = {
  NONE: "none",
  WORK_INCLUSION: "res-ws",
  IDEAL: "res-pub-ser",
};

/**
 * The national legal basis for E3 (BT-01(c) as ELI, BT-01(d) as text). DFØ requires both and a value from a national
 * list we have not seen: the ELI address and the descriptions are unconfirmed.
 */
export const NATIONAL_LEGAL_BASIS = {
  eli: "https://lovdata.no/eli/forskrift/2016/08/12/974",
  description: { PART_I: "Anskaffelsesforskriften del I", PART_II: "Anskaffelsesforskriften del I og II" },
} as const;

export interface CpvEntry {
  code: string;
  label: string;
  /** Whether eForms allows this code with "res-pub-ser" (rule BR-BT-00262-0200 in SDK 1.14.2's fields.json). */
  allowsPublicServiceReservation: boolean;
}

/** Main CPV code (BT-262) per measure type — our defaults, unconfirmed (README): verify per procurement. */
export const CPV_BY_MEASURE: Readonly<Record<string, CpvEntry>> = {
  AVKLARING: { code: "85312510", label: "Vocational rehabilitation services", allowsPublicServiceReservation: true },
  OPPFOLGING: { code: "85312310", label: "Guidance services", allowsPublicServiceReservation: true },
  ARBEIDSRETTET_REHABILITERING: { code: "85312510", label: "Vocational rehabilitation services", allowsPublicServiceReservation: true },
  JOBBKLUBB: { code: "79611000", label: "Job search services", allowsPublicServiceReservation: false },
  DIGITALT_OPPFOLGINGSTILTAK: { code: "85312310", label: "Guidance services", allowsPublicServiceReservation: true },
  GRUPPE_ARBEIDSMARKEDSOPPLAERING: { code: "80500000", label: "Training services", allowsPublicServiceReservation: false },
  GRUPPE_FAG_OG_YRKESOPPLAERING: { code: "80530000", label: "Vocational training services", allowsPublicServiceReservation: false },
};

/** For a measure type not in the table (a new one): guidance and counselling services. */
export const FALLBACK_CPV: CpvEntry = { code: "85312300", label: "Guidance and counselling services", allowsPublicServiceReservation: true };

export function cpvFor(measureCode: string): CpvEntry {
  return CPV_BY_MEASURE[measureCode] ?? FALLBACK_CPV;
}

/** The review body named in every notice (OPT-301-Lot-ReviewOrg): KOFA, the complaints board. */
export const REVIEW_BODY = { name: "Klagenemnda for offentlige anskaffelser (KOFA)", city: "Bergen", websiteUrl: "https://www.kofa.no" } as const;

/** NAV as the default buyer organisation (README). */
export const NAV_ORGANISATION = { name: "Arbeids- og velferdsetaten", organisationNumber: "889640782" } as const;
