/** Areas that need a signed-in user. Role checks happen in each area's layout. */
export const PROTECTED_PREFIXES = ["/admin", "/anskaffelser", "/portal", "/historikk", "/analyse"] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
