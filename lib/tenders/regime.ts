import { formatAmount } from "@/lib/money";
import { allowedProcedures, minimumTenderDays, type ThresholdRow } from "@/lib/rules";
import type { Translate } from "@/lib/i18n";

import { measureRegime } from "./measure-regime";

/** What the drafting form shows about the rules: the regime with its reason, the procedures allowed and the shortest deadline. */
export function describeRegime(estimatedValueOre: bigint, thresholds: readonly ThresholdRow[], at: Date, t: Translate, locale: "nb" | "en") {
  const ruling = measureRegime(estimatedValueOre, thresholds, at);
  const params = Object.fromEntries(
    Object.entries(ruling.reasonParams).map(([key, value]) => [key, /^\d+(\.\d+)?$/.test(value) ? formatAmount(value, locale) : value]),
  );
  const procedures = ruling.regime === "EXEMPT" ? [] : allowedProcedures(ruling.regime);
  const days = procedures[0] ? minimumTenderDays(ruling.regime, procedures[0]) : null;
  return {
    regime: t(`regime.${ruling.regime}`),
    reason: t(ruling.reasonKey, params),
    procedures: procedures.map((procedure) => t(`procedure.${procedure}`)),
    minimum: days === null ? t("rules.reasonableDays") : t("rules.minimumDays", { days }),
  };
}
