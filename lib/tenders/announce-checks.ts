import Decimal from "decimal.js";

import type { FieldErrors } from "@/lib/errors";
import { earliestBidDeadline, isProcedureAllowed, minimumTenderDays, type Procedure, type Regime, type ThresholdRow } from "@/lib/rules";
import { formatOsloInput } from "@/lib/time";

import { measureRegime } from "./measure-regime";

export interface AnnounceCandidate {
  title: string;
  description: string;
  estimatedValueOre: bigint;
  procedure: Procedure;
  deadline: Date | null;
  questionDeadline: Date | null;
  lots: { places: number }[];
  criteria: { parentId: string | null; weight: { toString(): string } }[];
}

export type AnnounceVerdict =
  | { ok: true; regime: Exclude<Regime, "EXEMPT">; reason: string }
  | { ok: false; fieldErrors: FieldErrors; earliest?: { at: string; days: number } };

/**
 * Everything announcing needs, checked at once so the officer sees every gap: the texts, a value, lots with places,
 * top-level weights summing to exactly 100, the question deadline before the bid deadline, and the bid deadline at
 * least the regime's minimum after today's notice (computed in Europe/Oslo by lib/rules).
 */
export function checkAnnouncement(
  tender: AnnounceCandidate,
  thresholds: readonly ThresholdRow[],
  now: Date,
  /** A stricter regime the officer chose deliberately (domain.md §0); by default the one the value gives. */
  chosen?: Exclude<Regime, "EXEMPT">,
): AnnounceVerdict {
  const errors: FieldErrors = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(key);
  if (!tender.description.trim()) add("description", "errors.announce.descriptionRequired");
  if (tender.estimatedValueOre <= 0n) add("estimatedValue", "errors.announce.valueRequired");
  if (tender.lots.length === 0 || tender.lots.some((lot) => lot.places <= 0)) add("lots", "errors.announce.placesRequired");
  const topWeights = tender.criteria.filter((criterion) => criterion.parentId === null).reduce((sum, criterion) => sum.plus(criterion.weight.toString()), new Decimal(0));
  if (!topWeights.eq(100)) add("priceWeight", "errors.announce.weightsNot100");

  const ruling = measureRegime(tender.estimatedValueOre, thresholds, now);
  // Below every threshold the purchase is still announced under Part I's principles.
  const regime: Exclude<Regime, "EXEMPT"> = chosen ?? (ruling.regime === "EXEMPT" ? "PART_I" : ruling.regime);
  if (!isProcedureAllowed(regime, tender.procedure)) add("procedure", "errors.announce.procedureNotAllowed");

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
  return { ok: true, regime, reason: ruling.reason };
}
