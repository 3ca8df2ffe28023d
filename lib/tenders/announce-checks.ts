import Decimal from "decimal.js";

import type { FieldErrors } from "@/lib/errors";
import { earliestBidDeadline, isProcedureAllowed, minimumTenderDays, resultsBasedSplitIssues, type Procedure, type Regime, type ThresholdRow } from "@/lib/rules";
import { formatOsloInput } from "@/lib/time";

import type { PaymentSplit } from "./draft-model-schemas";
import { draftRegime } from "./draft-regime";
import { reservationRefusal, type Reservation } from "./reservation";

export interface AnnounceCandidate {
  title: string;
  description: string;
  estimatedValueOre: bigint;
  procedure: Procedure;
  deadline: Date | null;
  questionDeadline: Date | null;
  lots: { places: number; reservation?: Reservation | null; reservationBasis?: string | null }[];
  criteria: { parentId: string | null; weight: { toString(): string } }[];
  /** MeasureType.code: whether an IDEAL reservation can be notified for it (lib/tenders/reservation.ts) */
  measureCode?: string;
  /** a stricter regime the officer chose, with the reason (Tender.chosenRegime / chosenRegimeReason) */
  chosenRegime?: Exclude<Regime, "EXEMPT"> | null;
  chosenRegimeReason?: string | null;
  reservation?: Reservation;
  reservationBasis?: string | null;
  /** Tender.paymentSplit read back (readPaymentSplit); null = no results-based price */
  paymentSplit?: PaymentSplit | null;
  /** Tender.expectedOutcomeRate, a share 0..1 */
  expectedOutcomeRate?: { toString(): string } | null;
}

export type AnnounceVerdict =
  | { ok: true; regime: Exclude<Regime, "EXEMPT">; reason: string; byValue: Exclude<Regime, "EXEMPT">; chosen: Exclude<Regime, "EXEMPT"> | null }
  | { ok: false; fieldErrors: FieldErrors; earliest?: { at: string; days: number } };

const SPLIT_KEYS: Record<string, string> = {
  invalid_percent: "errors.draftModel.splitPercentMissing",
  no_outcome: "errors.draftModel.outcomeRequired",
  split_sum: "errors.draftModel.splitSum",
};

/** Results-based components: the split sums to exactly 100 (lib/rules), each payment named, the rate stated. */
function checkResultsBased(split: PaymentSplit, rate: { toString(): string } | null | undefined, add: (field: string, key: string) => void) {
  for (const issue of resultsBasedSplitIssues({ fixedPercent: split.fixedPercent, outcomePercents: split.outcomes.map((outcome) => outcome.percent) })) {
    const field = issue.path === "fixedPercent" ? "resultsBased.fixedPercent"
      : issue.path.startsWith("outcomePercents.") ? `resultsBased.outcomes.${issue.path.split(".")[1]}.percent`
      : issue.path === "outcomePercents" ? "resultsBased.outcomes" : "resultsBased";
    add(field, SPLIT_KEYS[issue.code] ?? "errors.draftModel.splitSum");
  }
  split.outcomes.forEach((outcome, index) => {
    if (!outcome.name.trim()) add(`resultsBased.outcomes.${index}.name`, "errors.draftModel.outcomeNameRequired");
  });
  if (rate === null || rate === undefined || new Decimal(rate.toString()).lte(0)) add("resultsBased.expectedOutcomeRate", "errors.draftModel.outcomeRateRequired");
}

/**
 * Everything announcing needs, checked at once so the officer sees every gap: the texts, a value, lots with places,
 * top-level weights summing to exactly 100, the question deadline before the bid deadline, the bid deadline at
 * least the regime's minimum after today's notice (computed in Europe/Oslo by lib/rules), a chosen regime that is
 * stricter and has a reason, reservations the rules allow with their legal basis, and a results-based split that
 * sums to 100 % with named payments and an expected outcome rate. The minimum time limits and the allowed
 * procedures follow the chosen regime.
 */
export function checkAnnouncement(
  tender: AnnounceCandidate,
  thresholds: readonly ThresholdRow[],
  now: Date,
): AnnounceVerdict {
  const errors: FieldErrors = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(key);
  if (!tender.description.trim()) add("description", "errors.announce.descriptionRequired");
  if (tender.estimatedValueOre <= 0n) add("estimatedValue", "errors.announce.valueRequired");
  if (tender.lots.length === 0 || tender.lots.some((lot) => lot.places <= 0)) add("lots", "errors.announce.placesRequired");
  const topWeights = tender.criteria.filter((criterion) => criterion.parentId === null).reduce((sum, criterion) => sum.plus(criterion.weight.toString()), new Decimal(0));
  if (!topWeights.eq(100)) add("priceWeight", "errors.announce.weightsNot100");

  // A stricter regime the officer chose deliberately (domain.md §0), with its reason; else the value's.
  const ruling = draftRegime(tender.estimatedValueOre, thresholds, now, tender.chosenRegime ?? null);
  if (ruling.refusal) add("chosenRegime", ruling.refusal);
  if (tender.chosenRegime && !tender.chosenRegimeReason?.trim()) add("chosenRegimeReason", "errors.draftModel.regimeReasonRequired");
  const regime = ruling.regime;
  if (!isProcedureAllowed(regime, tender.procedure)) add("procedure", "errors.announce.procedureNotAllowed");

  if (tender.measureCode !== undefined) {
    const code = tender.measureCode;
    const reserved = (reservation: Reservation, basis: string | null | undefined, field: string) => {
      if (reservation === "NONE") return;
      const refusal = reservationRefusal(reservation, regime, code);
      if (refusal) add(`${field === "" ? "" : `${field}.`}reservation`, refusal);
      else if (!basis?.trim()) add(`${field === "" ? "" : `${field}.`}reservationBasis`, "errors.draftModel.reservationBasisRequired");
    };
    reserved(tender.reservation ?? "NONE", tender.reservationBasis, "");
    tender.lots.forEach((lot, index) => {
      if (lot.reservation) reserved(lot.reservation, lot.reservationBasis, `lots.${index}`);
    });
  }
  if (tender.paymentSplit) checkResultsBased(tender.paymentSplit, tender.expectedOutcomeRate, add);

  let earliest: { at: string; days: number } | undefined;
  if (!tender.deadline) add("deadline", "errors.announce.deadlineRequired");
  else if (tender.deadline <= now) add("deadline", "errors.announce.deadlinePast");
  else if (isProcedureAllowed(regime, tender.procedure)) {
    const minimum = earliestBidDeadline(now, regime, tender.procedure);
    if (minimum && tender.deadline < minimum) {
      add("deadline", "errors.announce.deadlineTooEarly");
      earliest = { at: formatOsloInput(minimum), days: minimumTenderDays(regime, tender.procedure)! };
    }
  }
  if (!tender.questionDeadline) add("questionDeadline", "errors.announce.questionDeadlineRequired");
  else if (tender.deadline && tender.questionDeadline >= tender.deadline) add("questionDeadline", "errors.announce.questionAfterDeadline");
  else if (tender.questionDeadline <= now) add("questionDeadline", "errors.announce.deadlinePast");

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors, earliest };
  return { ok: true, regime, reason: ruling.ruling.reason, byValue: ruling.byValue, chosen: ruling.chosen };
}
