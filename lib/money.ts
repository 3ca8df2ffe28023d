import Decimal from "decimal.js";

import type { Money } from "@/lib/scoring/types";

export type { Money };

// "1 250 000", "1250000,50", "1 250 000.5", "kr 1 250 000": NOK with at most two decimals (øre).
const NOK_INPUT = /^(?:kr\.?\s*)?(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/i;

/** An amount as people type it in Norway → exact øre, or null when it is not one. */
export function parseNokToOre(input: string): bigint | null {
  const match = NOK_INPUT.exec(input.trim());
  if (!match) return null;
  const kroner = match[1]!.replace(/[ \u00a0.]/g, "");
  const ore = (match[2] ?? "").padEnd(2, "0");
  return BigInt(kroner) * 100n + BigInt(ore);
}

/** Øre → NOK as an exact decimal string ("1250000.50"), the Money type lib/scoring and lib/rules take. */
export function oreToMoney(ore: bigint): Money {
  return new Decimal(ore.toString()).div(100).toFixed(2);
}

/** "1 250 000 kr" (nb) / "NOK 1,250,000" (en), kroner shown without øre when they are zero. */
export function formatNok(ore: bigint, locale: "nb" | "en"): string {
  const amount = new Decimal(ore.toString()).div(100);
  const digits = amount.isInteger() ? 0 : 2;
  return new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB", { style: "currency", currency: "NOK", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount.toFixed(digits) as unknown as number); // a decimal string formats exactly (Intl.NumberFormat v3)
}

/** "7 800 000" (nb) / "7,800,000" (en) for a Money string: the number alone, for texts that name the currency. */
export function formatAmount(amount: Money, locale: "nb" | "en"): string {
  const value = new Decimal(amount);
  const digits = value.isInteger() ? 0 : 2;
  return new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value.toFixed(digits) as unknown as number);
}
