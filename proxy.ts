import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

import { env } from "@/lib/env";
import { PROBLEM_CONTENT_TYPE, problemType } from "@/lib/errors/problem";
import { createTranslator, LOCALE_COOKIE } from "@/lib/i18n";
import { buildCsp } from "@/lib/security/csp";
import { isForeignOrigin, isStateChanging, ownHosts } from "@/lib/security/origin";
import { isProtectedPath } from "@/lib/security/protected-paths";

/**
 * Runs before every page: a fresh CSP nonce per request (Next streams inline scripts, so a static
 * script-src would need 'unsafe-inline'), HSTS on https, and a cheap "signed in at all?" check.
 * Which role may enter which area is decided in each area's layout from the database, not here.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isHttps = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = buildCsp({ nonce, isDev: env().NODE_ENV === "development", isHttps });

  // A server action posted from another site: a 403 problem here, not Next's bare 500 further in.
  if (isStateChanging(request.method) && isForeignOrigin(request.headers, ownHosts(request.headers, env().NEXTAUTH_URL))) {
    return withSecurityHeaders(foreignOriginProblem(request), csp, isHttps);
  }

  if (isProtectedPath(request.nextUrl.pathname)) {
    const token = await getToken({ req: request, secret: env().AUTH_SECRET });
    if (!token?.sub) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
      return withSecurityHeaders(NextResponse.redirect(login), csp, isHttps);
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  return withSecurityHeaders(response, csp, isHttps);
}

function foreignOriginProblem(request: NextRequest) {
  const t = createTranslator(request.cookies.get(LOCALE_COOKIE)?.value === "en" ? "en" : "nb");
  const problem = {
    type: problemType("FORBIDDEN"),
    title: t("errors.forbiddenTitle"),
    status: 403,
    detail: t("errors.foreignOrigin"),
    code: "FORBIDDEN",
    instance: request.nextUrl.pathname,
  };
  return new NextResponse(JSON.stringify(problem), { status: 403, headers: { "content-type": PROBLEM_CONTENT_TYPE } });
}

function withSecurityHeaders(response: NextResponse, csp: string, isHttps: boolean) {
  response.headers.set("Content-Security-Policy", csp);
  if (isHttps) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|fonts/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
