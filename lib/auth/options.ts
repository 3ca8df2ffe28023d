import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { LoginError, verifyCredentials } from "@/lib/auth/credentials";
import { LOGIN_ERRORS } from "@/lib/auth/login-errors";
import { oidcProvider, userIdForOidcEmail } from "@/lib/auth/oidc";
import { systemClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { logger } from "@/lib/log";
import { ROUTES } from "@/lib/routes";

/** The client's address for the log-in rate limit (see lib/security/client-address for whom we believe). */
function clientIp(headers: Record<string, unknown> | undefined): string {
  const get = (name: string) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : null;
  };
  return clientAddress({ get }, env().TRUSTED_PROXIES, env().PEER_ADDRESS_TOKEN);
}

/**
 * next-auth configuration. The token carries the user id only (`sub`); roles and scopes are read
 * from the database on every request (lib/auth/session.ts), so a revoked role takes effect at once.
 */
export function authOptions(): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: ROUTES.login, signOut: ROUTES.logout, error: ROUTES.login },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-post og passord",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          try {
            return await verifyCredentials(db, systemClock, credentials, clientIp(req.headers));
          } catch (error) {
            if (error instanceof LoginError) throw new Error(error.code);
            logger.error({ err: error }, "login failed unexpectedly");
            throw new Error(LOGIN_ERRORS.invalid);
          }
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ account, user }) {
        if (account?.provider !== "oidc") return true;
        return (await userIdForOidcEmail(db, user.email)) !== null;
      },
      async jwt({ token, account, user }) {
        if (account?.provider === "oidc") {
          const id = await userIdForOidcEmail(db, user?.email ?? token.email);
          return id ? { sub: id } : {};
        }
        // Keep nothing but the user id in the cookie.
        return token.sub ? { sub: token.sub } : {};
      },
      async session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub ?? "" } };
      },
    },
  };
}
