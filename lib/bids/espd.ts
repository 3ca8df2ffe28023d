/**
 * The ESPD exclusion grounds a self-declaration answers (ESPD-EDM 4.1.0, ../shared/espd/criteria-4.1.0.csv), in the
 * order the ESPD lists them. The codes are stored in the bid content as they are, so an ESPD Response can be exported.
 * Names are UI text: `bids.espd.<code>` in lib/i18n/messages/{nb,en}/bids.ts.
 */
export const EXCLUSION_GROUNDS = [
  "crime-org", "corruption", "fraud", "terr-offence", "finan-laund", "human-traffic",
  "tax-pay", "socsec-pay",
  "envir-law", "socsec-law", "labour-law",
  "bankruptcy", "insolvency", "cred-arran", "bankr-nat", "liq-admin", "susp-act",
  "prof-misconduct", "distorsion", "partic-confl", "prep-confl", "sanction", "misrepresent",
  "nati-ground",
] as const;
export type ExclusionGround = (typeof EXCLUSION_GROUNDS)[number];

/** The ESPD selection criteria a qualification requirement may be coded with (QualificationRequirement.espdCode). */
export const SELECTION_CRITERIA = [
  "prof-regist", "trade-regist", "authorisation", "membership", "gen-year-to", "aver-year-to", "spec-aver-to", "spec-year-to",
  "finan-rat", "indem-insu", "finan-requ", "work-perform", "supply-perform", "service-perform", "qual-cont-tech", "work-tech",
  "qual-facil", "research-fac", "chain-manage", "envir-measure", "tech-equip", "qualification", "spec-req-check", "manage-staff",
  "year-manpower", "suncont-port", "wo-autent", "w-autent", "qa-certif-inst", "qu-certif-indep", "envir-certif-indep",
] as const;

/** A requirement's stored code when it is an ESPD selection criterion; otherwise null (a national requirement). */
export function requirementEspdCode(stored: string | null): string | null {
  return stored !== null && (SELECTION_CRITERIA as readonly string[]).includes(stored) ? stored : null;
}

/** An ESPD criterion as people read it: its name in their language and the code ("Konkurs (ESPD: bankruptcy)"). */
export function espdLabel(t: (key: string) => string, code: string): string {
  return `${t(`bids.espd.${code}`)} (ESPD: ${code})`;
}
