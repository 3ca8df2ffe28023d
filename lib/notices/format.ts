import { formatOslo } from "@/lib/time/oslo";

// Characters XML 1.0 cannot carry (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) and the C1 controls.
const NOT_XML_TEXT = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as a notice carries it: control characters removed, line ends as LF (what an XML parser reads anyway), trimmed.
 * Escaping is the XML builder's job.
 */
export function noticeText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(NOT_XML_TEXT, "").trim();
}

/** Øre → an exact NOK decimal with two places: 1250000050n → "12500000.50". */
export function nokFromOre(ore: bigint): string {
  const sign = ore < 0n ? "-" : "";
  const abs = ore < 0n ? -ore : ore;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** An instant as eForms writes a date: the Oslo calendar date with its offset, "2025-03-14+01:00". */
export function eformsDate(instant: Date): string {
  return formatOslo(instant, "yyyy-MM-ddXXX");
}

/** An instant as eForms writes a time: Oslo wall time with its offset, "12:00:00+01:00". */
export function eformsTime(instant: Date): string {
  return formatOslo(instant, "HH:mm:ssXXX");
}

/** LOT-0001 (BT-137), ORG-0001 (OPT-200): eForms' technical identifiers. */
export function technicalId(prefix: "LOT" | "ORG", n: number): string {
  return `${prefix}-${String(n).padStart(4, "0")}`;
}

/** BT-757: "01", "02" … */
export function noticeVersion(version: number): string {
  return String(version).padStart(2, "0");
}
