/**
 * The one inline <style> the API reference (Scalar, /dokumentasjon/api) writes without a nonce: its theme. Allowed by
 * its exact hash, which permits that stylesheet and nothing else; tests/unit/security.test.ts recomputes it from the
 * installed Scalar, so an upgrade that changes the theme fails there with the new hash.
 */
export const API_REFERENCE_STYLE_HASH = "sha256-T13Uev3xCax2N28XaoAE8DOzQZKvPp7ZQVAi1iRREjo=";

/** The Content-Security-Policy for one response. Pure, so it is unit-tested. */
export function buildCsp({ nonce, isDev, isHttps }: { nonce: string; isDev: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}' '${API_REFERENCE_STYLE_HASH}'`,
    // Aksel and React render some style="" attributes; attributes cannot carry a nonce.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
