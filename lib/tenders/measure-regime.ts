import { oreToMoney } from "@/lib/money";
import { regimeFor, type ThresholdRow } from "@/lib/rules";

/**
 * The regime a competition's estimated value gives. Measures bought by competition are health and social services
 * and Nav is a state authority (domain.md §0): said once here, for the drafting panel and the announcement check.
 */
export function measureRegime(estimatedValueOre: bigint, thresholds: readonly ThresholdRow[], at: Date) {
  return regimeFor({ estimatedValue: oreToMoney(estimatedValueOre), serviceKind: "social-services", authority: "state", at }, thresholds);
}
