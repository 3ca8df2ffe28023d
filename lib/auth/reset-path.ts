import { ROUTES } from "@/lib/routes";

/** Where a password-reset link points; the token is the last path segment. Client- and proxy-safe (no crypto). */
export const PASSWORD_RESET_PATH = ROUTES.passwordReset;

export function resetPath(token: string): string {
  return `${PASSWORD_RESET_PATH}/${encodeURIComponent(token)}`;
}
