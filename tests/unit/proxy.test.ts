import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

import { resetEnvCache } from "@/lib/env";
import { proxy } from "@/proxy";

beforeAll(() => {
  process.env.AUTH_SECRET = "x".repeat(48);
  resetEnvCache();
});

describe("proxy", () => {
  it("sends an anonymous visitor of a protected area to the log-in page, keeping the destination", async () => {
    const response = await proxy(new NextRequest("http://localhost:3000/admin/brukere?side=2"));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/login");
    expect(location.searchParams.get("callbackUrl")).toBe("/admin/brukere?side=2");
  });

  it("lets public pages through with a fresh CSP nonce each time", async () => {
    const first = await proxy(new NextRequest("http://localhost:3000/login"));
    const second = await proxy(new NextRequest("http://localhost:3000/login"));
    expect(first.status).toBe(200);
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    expect(nonceOf(first.headers.get("content-security-policy"))).toBeTruthy();
    expect(nonceOf(first.headers.get("content-security-policy"))).not.toBe(nonceOf(second.headers.get("content-security-policy")));
  });

  it("sets HSTS only over https", async () => {
    const plain = await proxy(new NextRequest("http://localhost:3000/login"));
    const secure = await proxy(new NextRequest("https://tiltaksanbud.nav.no/login"));
    const forwarded = await proxy(new NextRequest("http://internal/login", { headers: { "x-forwarded-proto": "https" } }));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(secure.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(forwarded.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("refuses a write posted from another site with a 403 problem (a server action), lets its own through", async () => {
    const foreign = await proxy(new NextRequest("http://localhost:3000/admin/brukere", { method: "POST", headers: { host: "localhost:3000", origin: "https://evil.example", "next-action": "abc" } }));
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("content-type")).toBe("application/problem+json");
    expect(await foreign.json()).toMatchObject({ code: "FORBIDDEN", status: 403, detail: "Forespørselen kom fra et annet nettsted og er avvist." });
    const own = await proxy(new NextRequest("http://localhost:3000/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" } }));
    expect(own.status).toBe(200);
    const read = await proxy(new NextRequest("http://localhost:3000/login", { headers: { host: "localhost:3000", origin: "https://evil.example" } }));
    expect(read.status).toBe(200);
  });
});
