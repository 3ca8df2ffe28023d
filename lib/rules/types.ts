import type { Money, ScoringIssue } from "@/lib/scoring";

export type { Money };

/** Which part of anskaffelsesforskriften applies. PART_IV = ch. 30, health and social services. */
export type Regime = "EXEMPT" | "PART_I" | "PART_II" | "PART_III" | "PART_IV";
export const REGIMES = ["EXEMPT", "PART_I", "PART_II", "PART_III", "PART_IV"] as const satisfies readonly Regime[];

/** "social-services" = særlige tjenester (directive Annex XIV); labour-market measures are (domain.md §0). */
export type ServiceKind = "social-services" | "other";
export type AuthorityKind = "state" | "other";

/** The values of the Prisma `Procedure` enum (a test keeps the two lists equal). */
export const PROCEDURES = [
  "OPEN",
  "RESTRICTED",
  "NEGOTIATED_WITH_NOTICE",
  "COMPETITIVE_DIALOGUE",
  "INNOVATION_PARTNERSHIP",
  "LIGHT_REGIME",
] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** The threshold kinds regimeFor reads (the seed also has EEA_WORKS, which no service procurement uses). */
export type ThresholdKind = "LOWER_LIMIT" | "NATIONAL" | "EEA_GOODS_SERVICES" | "SPECIAL_SERVICES";

/**
 * One dated row of the Prisma `Threshold` model (a Prisma row is assignable to it). `validFrom`/`validTo` are
 * `@db.Date` calendar days (UTC midnight): the row applies from 00:00 Oslo on validFrom up to, not including,
 * validTo; validTo null = open-ended.
 */
export interface ThresholdRow {
  kind: string;
  /** "STATE" | "OTHER" */
  authorityType: string;
  valueOre: bigint;
  validFrom: Date;
  validTo?: Date | null;
}

export interface RegimeDecision {
  regime: Regime;
  /** the threshold that decided it: the one reached (PART_II/III/IV) or the one not reached (EXEMPT, PART_I) */
  threshold: Money | null;
  /** which row `threshold` came from */
  thresholdKind: ThresholdKind | null;
  /** a short English explanation for logs and the protocol */
  reason: string;
  /** message key for the UI (nb/en), with `reasonParams`; see README for the keys and their parameters */
  reasonKey: string;
  reasonParams: Record<string, string>;
}

/** Same shape as lib/scoring's issues, so one form renders both: dot path, stable code, English message. */
export type RulesIssue = ScoringIssue;
