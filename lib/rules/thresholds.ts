import { osloDay } from "./calendar";
import type { AuthorityKind, Money, ThresholdKind, ThresholdRow } from "./types";

const NOK = (kroner: number) => BigInt(kroner) * 100n;
const FROM_2024 = new Date("2024-03-14T00:00:00Z");

/**
 * domain.md §4.1, the 2024–2026 EEA period, in force from 14 March 2024: the same rows as prisma/seed/thresholds.ts
 * (a test keeps them equal). Pass the `Threshold` table's rows instead whenever they are at hand.
 */
export const DEFAULT_THRESHOLDS: readonly ThresholdRow[] = Object.freeze(
  (
    [
      ["LOWER_LIMIT", "STATE", 100_000],
      ["LOWER_LIMIT", "OTHER", 100_000],
      ["NATIONAL", "STATE", 1_300_000],
      ["NATIONAL", "OTHER", 1_300_000],
      ["EEA_GOODS_SERVICES", "STATE", 1_490_000],
      ["EEA_GOODS_SERVICES", "OTHER", 2_300_000],
      ["EEA_WORKS", "STATE", 57_800_000],
      ["EEA_WORKS", "OTHER", 57_800_000],
      ["SPECIAL_SERVICES", "STATE", 7_800_000],
      ["SPECIAL_SERVICES", "OTHER", 7_800_000],
    ] as const
  ).map(([kind, authorityType, kroner]) => Object.freeze({ kind, authorityType, valueOre: NOK(kroner), validFrom: FROM_2024, validTo: null })),
);

const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The value of one threshold valid at `at` (the Oslo day of `at` within [validFrom, validTo)), in NOK. Where rows
 * overlap, the one with the latest validFrom wins (a newer row supersedes an older one not yet closed). Throws
 * RangeError when no row covers the day: the rules can't be decided without it.
 */
export function thresholdAt(
  rows: readonly ThresholdRow[],
  kind: ThresholdKind,
  authority: AuthorityKind,
  at: Date,
): Money {
  const day = osloDay(at);
  const authorityType = authority === "state" ? "STATE" : "OTHER";
  let best: ThresholdRow | undefined;
  for (const row of rows) {
    if (row.kind !== kind || row.authorityType !== authorityType) continue;
    if (calendarDay(row.validFrom) > day) continue;
    if (row.validTo && calendarDay(row.validTo) <= day) continue;
    if (!best || row.validFrom.getTime() > best.validFrom.getTime()) best = row;
  }
  if (!best) throw new RangeError(`no ${kind} threshold for ${authorityType} authorities on ${day}`);
  return oreToNok(best.valueOre);
}

/** Øre as a NOK decimal string: 149000000n → "1490000", 10050n → "100.5". */
export function oreToNok(ore: bigint): Money {
  const sign = ore < 0n ? "-" : "";
  const magnitude = ore < 0n ? -ore : ore;
  const fraction = (magnitude % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${sign}${magnitude / 100n}${fraction === "" ? "" : `.${fraction}`}`;
}
