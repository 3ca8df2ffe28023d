import { afterEach, describe, expect, it } from "vitest";

import { isOidcEnabled, oidcProvider } from "@/lib/auth/oidc";
import { resetEnvCache } from "@/lib/env";

const KEYS = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

afterEach(() => {
  for (const key of KEYS) delete process.env[key];
  resetEnvCache();
});

describe("optional OIDC log-in", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    resetEnvCache();
    expect(isOidcEnabled()).toBe(false);
    process.env.OIDC_ISSUER = "https://login.example.no/tenant/v2.0";
    process.env.OIDC_CLIENT_ID = "tiltaksanbud";
    resetEnvCache();
    expect(isOidcEnabled()).toBe(false);
  });

  it("is configured from the issuer's discovery document with PKCE when enabled", () => {
    process.env.OIDC_ISSUER = "https://login.example.no/tenant/v2.0/";
    process.env.OIDC_CLIENT_ID = "tiltaksanbud";
    process.env.OIDC_CLIENT_SECRET = "s3cret";
    resetEnvCache();
    const provider = oidcProvider() as unknown as Record<string, unknown> & { profile: (p: Record<string, string>) => unknown };
    expect(provider).toMatchObject({
      id: "oidc",
      type: "oauth",
      wellKnown: "https://login.example.no/tenant/v2.0/.well-known/openid-configuration",
      clientId: "tiltaksanbud",
      checks: ["pkce", "state"],
    });
    expect(provider.profile({ sub: "abc", email: "Kari@NAV.no", name: "Kari" })).toEqual({ id: "abc", email: "kari@nav.no", name: "Kari" });
  });
});
