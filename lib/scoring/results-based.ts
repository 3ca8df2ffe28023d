import { z } from "zod";
import { Dec, isDecimalString, isMoney, toOutput } from "./decimal";
import { parseOrThrow, ScoringInputError } from "./errors";
import type { Money, ResultsBasedPrice } from "./types";

const ZAmount = z.custom<string>(isDecimalString, {
  error: 'must be a non-negative decimal string, e.g. "15000"',
  params: { code: "invalid_money" },
});

const ZResultsBasedPrice = z.strictObject({
  fixedPerParticipant: ZAmount,
  bonusPerOutcome: ZAmount,
  expectedOutcomeRate: z
    .number()
    .refine((r) => r >= 0 && r <= 1, { error: "rate must be in 0..1", params: { code: "outcome_rate" } }),
  participants: z
    .number()
    .refine((p) => Number.isInteger(p) && p > 0, { error: "must be a whole number > 0", params: { code: "participants" } }),
});

/**
 * The evaluated price of a results-based contract: fixed × participants + bonus × participants × rate, where
 * rate is the expected outcome rate the tender announces (a share, 0..1). Either part may be 0 (purely
 * results-based or purely fixed), but the result is a price and must be greater than 0.
 */
export function evaluatedPrice(p: ResultsBasedPrice): Money {
  const input = parseOrThrow(ZResultsBasedPrice, p);
  const participants = new Dec(input.participants);
  const fixed = new Dec(input.fixedPerParticipant).times(participants);
  const bonus = new Dec(input.bonusPerOutcome).times(participants).times(input.expectedOutcomeRate);
  const price = toOutput(fixed.plus(bonus));
  if (!isMoney(price)) {
    throw new ScoringInputError([
      { path: "", code: "invalid_money", message: "the evaluated price must be greater than 0" },
    ]);
  }
  return price;
}
