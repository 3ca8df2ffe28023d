import { z } from "zod";
import { parseOrThrow, ScoringInputError } from "./errors";
import { format, fromNumber, mulDiv, parseDecimal, SCALE } from "./fixed";
import { isDecimalString } from "./schemas";
import type { Money, ResultsBasedPrice } from "./types";

const ZAmount = z.custom<string>(isDecimalString, {
  error: 'must be a non-negative decimal string with at most 20 decimals, e.g. "15000"',
  params: { code: "invalid_money" },
  abort: false,
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
  const participants = BigInt(input.participants);
  const fixed = parseDecimal(input.fixedPerParticipant) * participants;
  const bonus = mulDiv(parseDecimal(input.bonusPerOutcome) * participants, fromNumber(input.expectedOutcomeRate), SCALE);
  const total = fixed + bonus;
  if (total <= 0n) {
    throw new ScoringInputError([{ path: "", code: "invalid_money", message: "the evaluated price must be greater than 0" }]);
  }
  return format(total);
}
