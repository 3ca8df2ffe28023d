import { hashResetToken, newResetToken } from "@/lib/auth/reset-token";

/** Recognisable in logs and by secret scanners: "tab_" (Tiltaksanbud) and 43 base64url characters (256 bits). */
export const TOKEN_PREFIX = "tab_";
const TOKEN_PATTERN = /^tab_[A-Za-z0-9_-]{43}$/;
/** How much of a token its owner sees again in the list: the prefix and 8 characters, far too few to guess the rest. */
const HINT_LENGTH = TOKEN_PREFIX.length + 8;

/** The stored form of a token: hex SHA-256, as for reset and invitation links (a 256-bit random secret needs no slow hash or salt). */
export const hashToken = hashResetToken;

/** A new token: shown once to its creator; only `hash` and `hint` are stored. */
export function generateToken(): { token: string; hash: string; hint: string } {
  const token = `${TOKEN_PREFIX}${newResetToken()}`;
  return { token, hash: hashToken(token), hint: token.slice(0, HINT_LENGTH) };
}

/** Whether a string could be one of our tokens at all (anything else is refused without a database look-up). */
export function isTokenShaped(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
