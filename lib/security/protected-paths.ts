import { ROUTES } from "@/lib/routes";
import { AREAS } from "@/lib/auth/areas";
import { PASSWORD_RESET_PATH } from "@/lib/auth/reset-path";

/**
 * Paths that need a signed-in user: every role area, and the notification centre (anyone signed in, whatever role).
 * Which role may enter an area is checked in each area's pages.
 */
export const PROTECTED_PREFIXES: readonly string[] = [...AREAS.flatMap((area) => area.paths), ROUTES.notifications];

/**
 * Pages anyone may open (with their sub-paths). Everything outside PROTECTED_PREFIXES is public anyway;
 * this list says which public pages are meant, and a test keeps them out of every protected prefix.
 */
export const PUBLIC_PATHS: readonly string[] = [ROUTES.home, ROUTES.login, ROUTES.logout, ROUTES.notices, PASSWORD_RESET_PATH, ROUTES.register, ROUTES.invitation];

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
