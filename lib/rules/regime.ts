import { Decimal } from "decimal.js";
import { assertInstant } from "./calendar";
import { DEFAULT_THRESHOLDS, thresholdAt } from "./thresholds";
import type { AuthorityKind, Money, Regime, RegimeDecision, ServiceKind, ThresholdKind, ThresholdRow } from "./types";

export interface RegimeInput {
  /** NOK excl. VAT over the whole contract including options, as a plain decimal string ("7800000", "99999.99") */
  estimatedValue: Money;
  serviceKind: ServiceKind;
  authority: AuthorityKind;
  /** the instant the thresholds are read at (normally now, from the clock) */
  at: Date;
}

const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/** Groups thousands with spaces for the English reason text: "1490000" → "1 490 000". */
function nok(value: Money): string {
  const [whole = "", fraction] = value.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function decision(
  regime: Regime,
  kind: ThresholdKind,
  threshold: Money,
  value: Money,
  reasonKey: string,
  reason: string,
  extra: Record<string, string> = {},
): RegimeDecision {
  return { regime, threshold, thresholdKind: kind, reason, reasonKey, reasonParams: { value, threshold, ...extra } };
}

/**
 * Which part of anskaffelsesforskriften applies (domain.md §0, §4.1). Every threshold applies "at or above":
 * a value equal to a threshold is on its upper side. Health and social services: Part IV (ch. 30) from the
 * special-services threshold, Part I below it (no Part II). Other services: exempt below the lower limit, Part I
 * below the national threshold, Part II up to the EEA threshold, Part III from it.
 * Thresholds are read from `thresholds` (rows of the `Threshold` table) valid at `p.at`; the default is the
 * seeded 2024–2026 set. Throws RangeError for a value that isn't a plain non-negative decimal string, an invalid
 * `at`, or a day no threshold row covers.
 */
export function regimeFor(p: RegimeInput, thresholds: readonly ThresholdRow[] = DEFAULT_THRESHOLDS): RegimeDecision {
  assertInstant(p.at);
  if (typeof p.estimatedValue !== "string" || !PLAIN_DECIMAL.test(p.estimatedValue)) {
    throw new RangeError(`estimatedValue must be a plain decimal string in NOK, got ${String(p.estimatedValue)}`);
  }
  const value = p.estimatedValue;
  const amount = new Decimal(value);
  const limit = (kind: ThresholdKind) => thresholdAt(thresholds, kind, p.authority, p.at);
  const reached = (threshold: Money) => amount.gte(threshold);

  const lower = limit("LOWER_LIMIT");
  if (!reached(lower)) {
    return decision("EXEMPT", "LOWER_LIMIT", lower, value, "rules.regime.exempt",
      `The estimated value of NOK ${nok(value)} is below the lower limit of NOK ${nok(lower)} (LOA § 2): the procurement rules do not apply.`);
  }
  if (p.serviceKind === "social-services") {
    const special = limit("SPECIAL_SERVICES");
    return reached(special)
      ? decision("PART_IV", "SPECIAL_SERVICES", special, value, "rules.regime.partIV",
          `The estimated value of NOK ${nok(value)} is at or above the threshold of NOK ${nok(special)} for health and social services: Part I and Part IV (ch. 30) apply.`)
      : decision("PART_I", "SPECIAL_SERVICES", special, value, "rules.regime.partI.belowSpecialServices",
          `The estimated value of NOK ${nok(value)} is below the threshold of NOK ${nok(special)} for health and social services: only Part I applies.`);
  }
  const eea = limit("EEA_GOODS_SERVICES");
  if (reached(eea)) {
    return decision("PART_III", "EEA_GOODS_SERVICES", eea, value, "rules.regime.partIII",
      `The estimated value of NOK ${nok(value)} is at or above the EEA threshold of NOK ${nok(eea)} for ${p.authority === "state" ? "state" : "other"} authorities: Part I and Part III apply.`,
      { authority: p.authority });
  }
  const national = limit("NATIONAL");
  if (reached(national)) {
    return decision("PART_II", "NATIONAL", national, value, "rules.regime.partII",
      `The estimated value of NOK ${nok(value)} is at or above the national threshold of NOK ${nok(national)} and below the EEA threshold of NOK ${nok(eea)}: Part I and Part II apply.`,
      { eeaThreshold: eea });
  }
  return decision("PART_I", "NATIONAL", national, value, "rules.regime.partI.belowNational",
    `The estimated value of NOK ${nok(value)} is below the national threshold of NOK ${nok(national)}: only Part I applies.`);
}

// Stricter-than, as a partial order: EXEMPT < PART_I < PART_II < PART_III and PART_I < PART_IV < PART_III.
// Part II (other services) and Part IV (social services) never compete for the same purchase.
const STRICTER: Record<Regime, readonly Regime[]> = {
  EXEMPT: ["PART_I", "PART_II", "PART_IV", "PART_III"],
  PART_I: ["PART_II", "PART_IV", "PART_III"],
  PART_II: ["PART_III"],
  PART_IV: ["PART_III"],
  PART_III: [],
};

/**
 * The regimes an officer may deliberately choose instead of `regime` (domain.md §0: stricter ones only, with
 * the choice and reason in the protocol), least strict first. With `serviceKind`, Part II is left out for social
 * services and Part IV for other services.
 */
export function stricterRegimes(regime: Regime, serviceKind?: ServiceKind): Regime[] {
  return STRICTER[regime].filter(
    (candidate) =>
      !(serviceKind === "social-services" && candidate === "PART_II") && !(serviceKind === "other" && candidate === "PART_IV"),
  );
}
