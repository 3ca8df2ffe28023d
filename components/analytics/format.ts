import type { Locale } from "@/lib/i18n";

/** Basis points as a percentage with one decimal ("65,0 %" / "65.0%"), exactly: 1 bp = 0.01 %, rounded half up. */
export function formatShare(bp: number, locale: Locale): string {
  const tenths = Math.floor((bp + 5) / 10);
  const text = `${Math.floor(tenths / 10)}${locale === "nb" ? "," : "."}${tenths % 10}`;
  return locale === "nb" ? `${text} %` : `${text}%`;
}

/** A whole number with the locale's grouping ("5 150" / "5,150"). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nb" ? "nb-NO" : "en-GB").format(value);
}

/** For plotting only: øre → kroner as a float (the tables show the exact amount). */
export const kroner = (ore: bigint) => Number(ore) / 100;

/** For plotting only: basis points → percent. */
export const percent = (bp: number) => bp / 100;
