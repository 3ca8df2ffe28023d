import type { Provider } from "next-auth/providers/index";

import type { Db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Optional single sign-on (Entra ID / ID-porten style OpenID Connect), enabled when OIDC_ISSUER,
 * OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. Only existing, active users may sign in this
 * way: an identity provider proves who someone is, not that they may work in Tiltaksanbud.
 */
export function oidcProvider(): Provider | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: "Single sign-on",
    type: "oauth",
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; preferred_username?: string; name?: string }) {
      return { id: profile.sub, email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(), name: profile.name ?? "" };
    },
  };
}

export function isOidcEnabled(): boolean {
  return oidcProvider() !== null;
}

export async function userIdForOidcEmail(db: Db, email: string | null | undefined): Promise<string | null> {
  if (!email) return null;
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, active: true } });
  return user?.active ? user.id : null;
}
