import { formatAmount } from "@/lib/money";
import { allowedProcedures, isProcedureAllowed, minimumTenderDays, type Procedure, type Regime, type ThresholdRow } from "@/lib/rules";
import type { Translate } from "@/lib/i18n";
import { formatOsloDateTime } from "@/lib/time";

import { draftRegime } from "./draft-regime";

/** What the panel knows of the competition beyond its value: the officer's choice, the procedure, and the regime stored at announcement. */
export interface RegimeContext {
  chosenRegime: Exclude<Regime, "EXEMPT"> | null;
  chosenRegimeReason: string | null;
  procedure: Procedure;
  /** Set once announced: the panel then shows the stored regime, not a recomputation. */
  announced?: { regime: Exclude<Regime, "EXEMPT">; at: Date } | null;
}

/**
 * What the drafting form shows about the rules: the regime with its reason, the procedures allowed and the shortest
 * deadline. A stricter regime the officer chose governs the procedures and time limits; after announcement the
 * stored regime is shown (the reason read at the announcement instant, against the thresholds valid then).
 */
export function describeRegime(estimatedValueOre: bigint, thresholds: readonly ThresholdRow[], at: Date, t: Translate, locale: "nb" | "en", context?: RegimeContext) {
  const announced = context?.announced ?? null;
  const decided = draftRegime(estimatedValueOre, thresholds, announced?.at ?? at, announced ? null : (context?.chosenRegime ?? null));
  const ruling = decided.ruling;
  // Below every threshold the panel says "exempt" until a regime is chosen (announcing then applies Part I's principles).
  const regime: Regime = announced ? announced.regime : (decided.chosen ?? ruling.regime);
  const params = Object.fromEntries(
    Object.entries(ruling.reasonParams).map(([key, value]) => [key, /^\d+(\.\d+)?$/.test(value) ? formatAmount(value, locale) : value]),
  );
  const procedures = regime === "EXEMPT" ? [] : allowedProcedures(regime);
  const procedure = context && regime !== "EXEMPT" && isProcedureAllowed(regime, context.procedure) ? context.procedure : procedures[0];
  const days = procedure && regime !== "EXEMPT" ? minimumTenderDays(regime, procedure) : null;
  const chosen = announced ? (context?.chosenRegime === announced.regime ? announced.regime : null) : decided.chosen;
  const notes = [
    ...(chosen ? [t("draftModel.chosenStricter", { regime: t(`regime.${chosen}`), reason: context?.chosenRegimeReason ?? "" }), t("draftModel.byValue", { regime: t(`regime.${decided.byValue}`) })] : []),
    ...(announced ? [t("draftModel.stored", { at: formatOsloDateTime(announced.at, locale) })] : []),
  ];
  return {
    regime: t(`regime.${regime}`),
    reason: t(ruling.reasonKey, params),
    notes,
    procedures: procedures.map((allowed) => t(`procedure.${allowed}`)),
    minimum: days === null ? t("rules.reasonableDays") : t("rules.minimumDays", { days }),
  };
}
