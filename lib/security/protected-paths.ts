import { AREAS } from "@/lib/auth/areas";

/** Paths that need a signed-in user: every role area. Which role may enter is checked in each area's pages. */
export const PROTECTED_PREFIXES: readonly string[] = AREAS.flatMap((area) => area.paths);

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
