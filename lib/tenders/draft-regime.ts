import { stricterRegimes, type Regime, type ThresholdRow } from "@/lib/rules";

import { measureRegime } from "./measure-regime";

export type AnnouncedRegime = Exclude<Regime, "EXEMPT">;

/**
 * The regime a draft is run under: the one its value gives (below every threshold, Part I's principles), or a
 * stricter one the officer chose deliberately (domain.md §0; lib/rules stricterRegimes). `refusal` is a message key
 * when the choice is not stricter than the value's regime (it is then ignored for `regime`).
 */
export function draftRegime(estimatedValueOre: bigint, thresholds: readonly ThresholdRow[], at: Date, chosen: AnnouncedRegime | null) {
  const ruling = measureRegime(estimatedValueOre, thresholds, at);
  const byValue: AnnouncedRegime = ruling.regime === "EXEMPT" ? "PART_I" : ruling.regime;
  const options = stricterRegimes(ruling.regime, "social-services").filter((regime): regime is AnnouncedRegime => regime !== "EXEMPT" && regime !== byValue);
  const valid = chosen === null || chosen === byValue || options.includes(chosen);
  return {
    ruling,
    byValue,
    /** the stricter regimes the officer may choose instead */
    options,
    regime: valid && chosen !== null ? chosen : byValue,
    chosen: valid && chosen !== null && chosen !== byValue ? chosen : null,
    refusal: valid ? null : "errors.draftModel.notStricter",
  };
}
