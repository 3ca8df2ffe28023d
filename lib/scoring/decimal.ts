import { Decimal } from "decimal.js";

/**
 * A private Decimal constructor: 40 significant digits keeps every total exact far beyond the 10 decimals
 * that decide ties, and cloning leaves the app's global Decimal configuration alone.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Decimals kept in output strings (trailing zeros trimmed). */
export const OUTPUT_DP = 20;
/** Two values are tied when equal at this many decimals. */
export const TIE_DP = 10;

export const ZERO = new Dec(0);
export const HUNDRED = new Dec(100);
const ONE_HUNDREDTH = new Dec("0.01");

const DECIMAL_STRING = /^\d+(\.\d+)?$/;

/** A plain non-negative decimal string: digits, optional fraction; no sign, exponent or spaces. */
export function isDecimalString(value: unknown): value is string {
  return typeof value === "string" && DECIMAL_STRING.test(value);
}

export function isMoney(value: unknown): value is string {
  return isDecimalString(value) && /[1-9]/.test(value);
}

export function toOutput(value: Dec): string {
  return value.toDecimalPlaces(OUTPUT_DP).toFixed();
}

/**
 * The value ties are decided on. Rounding to 30 decimals first absorbs the last-digit noise of 40-digit
 * arithmetic, so two mathematically equal totals can't land on different sides of a 10-decimal boundary.
 */
export function tieKey(value: Dec): Dec {
  return value.toDecimalPlaces(30).toDecimalPlaces(TIE_DP);
}

export function percentOf(weightTimesPoints: Dec): Dec {
  return weightTimesPoints.times(ONE_HUNDREDTH);
}

/** An exact JS number (weights, scores, k) as a decimal: decimal.js reads the number's shortest decimal form. */
export function fromNumber(value: number): Dec {
  return new Dec(value);
}

/** A number for weights in the public API: exact when the decimal has a short form (37.5 stays 37.5). */
export function toNumber(value: Dec): number {
  return Number(tieKey(value).toFixed());
}
