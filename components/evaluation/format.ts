import Decimal from "decimal.js";

/**
 * A lib/scoring decimal string for display: rounded to 2 decimals (half away from zero) in the page's locale. Only
 * here, at the very end; the ranking was made on the exact values.
 */
export function rounded(value: string, locale: "nb" | "en"): string {
  const fixed = new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  return new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fixed as unknown as number);
}
