/** Norwegian organisasjonsnummer: 9 digits, the last a MOD11 check digit over the first 8 (Brønnøysundregistrene). */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for 8 leading digits, or null when none exists (k = 10: no valid number has this prefix). */
export function orgnrCheckDigit(first8: string): number | null {
  if (!/^\d{8}$/.test(first8)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first8[i]), 0);
  const k = 11 - (sum % 11);
  if (k === 10) return null;
  return k === 11 ? 0 : k;
}

/** The 9-digit form without spaces, or null when the input is not a valid orgnr. */
export function normalizeOrgnr(input: string): string | null {
  const digits = input.replace(/\s+/g, "");
  if (!/^\d{9}$/.test(digits)) return null;
  return orgnrCheckDigit(digits.slice(0, 8)) === Number(digits[8]) ? digits : null;
}

export function isValidOrgnr(input: string): boolean {
  return normalizeOrgnr(input) !== null;
}

/** "974760673" → "974 760 673", the way Brønnøysundregistrene prints it; anything else is returned as is. */
export function formatOrgnr(orgnr: string): string {
  return /^\d{9}$/.test(orgnr) ? `${orgnr.slice(0, 3)} ${orgnr.slice(3, 6)} ${orgnr.slice(6)}` : orgnr;
}
