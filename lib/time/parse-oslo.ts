import { tzOffset } from "@date-fns/tz";
import { AppError } from "@/lib/errors/app-error";
import { OSLO_TZ } from "./oslo";

export type ParseOsloFailure = "format" | "date" | "nonexistent" | "ambiguous";
export type ParseOsloResult = { ok: true; instant: Date } | { ok: false; reason: ParseOsloFailure };

export interface ParseOsloOptions {
  /** For the hour that occurs twice when DST ends; without it such input is rejected. */
  disambiguate?: "earlier" | "later";
}

// "14.03.2025 12:00", "14.03.2025 kl. 12:00" or "14.03.2025 at 12:00" (leading zeros optional, "12.00" too).
const PATTERN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(?:(?:kl\.?|at)\s+)?(\d{1,2})[:.](\d{2})$/;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Parses Oslo wall time into a UTC instant, reporting why it can't instead of guessing. */
export function tryParseOslo(input: string, options: ParseOsloOptions = {}): ParseOsloResult {
  const match = PATTERN.exec(input.trim());
  if (!match) return { ok: false, reason: "format" };
  const [day, month, year, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  const sameDate = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  if (!sameDate || hour > 23 || minute > 59) return { ok: false, reason: "date" };
  const candidates = instantsForWallTime(wall);
  if (candidates.length === 0) return { ok: false, reason: "nonexistent" };
  if (candidates.length > 1 && !options.disambiguate) return { ok: false, reason: "ambiguous" };
  const instant = options.disambiguate === "later" ? candidates[candidates.length - 1] : candidates[0];
  return { ok: true, instant: new Date(instant as number) };
}

/** As tryParseOslo, throwing AppError VALIDATION with key `errors.time.<reason>`. */
export function parseOslo(input: string, options: ParseOsloOptions = {}): Date {
  const result = tryParseOslo(input, options);
  if (!result.ok) throw new AppError("VALIDATION", `errors.time.${result.reason}`, { reason: result.reason });
  return result.instant;
}

/** Every UTC instant whose Oslo wall time is `wall` (0 in the spring gap, 2 in the autumn overlap). */
function instantsForWallTime(wall: number): number[] {
  const offsets = new Set(
    [wall - 24 * HOUR_MS, wall, wall + 24 * HOUR_MS].map((t) => tzOffset(OSLO_TZ, new Date(t))),
  );
  return [...offsets]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => tzOffset(OSLO_TZ, new Date(instant)) * MINUTE_MS === wall - instant)
    .sort((a, b) => a - b);
}
