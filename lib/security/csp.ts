/**
 * The two inline <style>s the API reference (Scalar, /dokumentasjon/api) writes without a nonce: its theme, and its
 * toasts' stylesheet (vue-sonner). Allowed by their exact hashes, which permit those stylesheets and nothing else.
 * tests/unit/security.test.ts recomputes the theme's from the installed Scalar; the e2e test of the page fails on any
 * CSP violation, so an upgrade that changes either shows at once (the browser's message names the new hash).
 */
export const API_REFERENCE_STYLE_HASH = "sha256-T13Uev3xCax2N28XaoAE8DOzQZKvPp7ZQVAi1iRREjo=";
export const API_REFERENCE_TOAST_STYLE_HASH = "sha256-l/2OpPg0d+2VLTLgwjf5mQo2CYwHDEqdj5TjbfEyVJI=";

/** The Content-Security-Policy for one response. Pure, so it is unit-tested. */
export function buildCsp({ nonce, isDev, isHttps }: { nonce: string; isDev: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}' '${API_REFERENCE_STYLE_HASH}' '${API_REFERENCE_TOAST_STYLE_HASH}'`,
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
