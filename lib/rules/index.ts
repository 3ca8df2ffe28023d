/**
 * Procurement rules for drafting, announcing and awarding (domain.md §0, §4): thresholds → regime, procedures,
 * minimum time limits, standstill, Norwegian working days in Europe/Oslo. Pure: no next, react or prisma, and
 * no clock — every instant comes in as an argument. Sources and open questions: README.md in this folder.
 */
export type { AuthorityKind, Money, Procedure, Regime, RegimeDecision, RulesIssue, ServiceKind, ThresholdKind, ThresholdRow } from "./types";
export { PROCEDURES, REGIMES } from "./types";
export type { IsoDay } from "./calendar";
export { easterSunday, isOsloWorkingDay, norwegianPublicHolidays, osloDay } from "./calendar";
export { addOsloWorkingDays } from "./working-days";
export { DEFAULT_STANDSTILL_DAYS, earliestTenderDeadline, periodEnd, standstillEndsAt } from "./periods";
export { contractPeriod, optionMonthsOf, type ContractPeriod } from "./contract-period";
export { DEFAULT_THRESHOLDS, thresholdAt } from "./thresholds";
export { regimeFor, stricterRegimes, type RegimeInput } from "./regime";
export { allowedProcedures, earliestBidDeadline, isProcedureAllowed, minimumTenderDays, type TimeLimitOptions } from "./procedures";
export { awardWeightIssues, resultsBasedSplitIssues, type Percent, type ResultsBasedSplit } from "./splits";
export { amendmentPeriodDays, earliestAmendedDeadline, proposedAmendedDeadline, SUPPLEMENTARY_INFORMATION_DAYS, workingDayNoonFrom, type AmendedDeadlineInput } from "./amendments";
