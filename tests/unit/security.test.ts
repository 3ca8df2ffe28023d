import { describe, expect, it } from "vitest";

import { safeCallbackUrl } from "@/lib/security/callback-url";
import { buildCsp } from "@/lib/security/csp";
import { isProtectedPath, PUBLIC_PATHS } from "@/lib/security/protected-paths";

describe("buildCsp", () => {
  it("allows scripts only with the request's nonce and forbids framing", () => {
    const csp = buildCsp({ nonce: "abc123", isDev: false, isHttps: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("adds unsafe-eval only in development and upgrades requests only on https", () => {
    expect(buildCsp({ nonce: "n", isDev: true, isHttps: false })).toContain("'unsafe-eval'");
    expect(buildCsp({ nonce: "n", isDev: false, isHttps: true })).toContain("upgrade-insecure-requests");
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/anskaffelser?x=1", "/anskaffelser?x=1"],
    [undefined, "/"],
    ["", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});

describe("isProtectedPath", () => {
  it.each([
    ["/admin", true],
    ["/admin/brukere/1", true],
    ["/anskaffelser", true],
    ["/portal", true],
    ["/historikk", true],
    ["/analyse", true],
    ["/", false],
    ["/login", false],
    ["/administrasjon-finnes-ikke", false],
    ["/api/health", false],
  ])("%s → %s", (path, expected) => {
    expect(isProtectedPath(path)).toBe(expected);
  });
});

describe("public paths", () => {
  it("the reset-password page is public, and no public page sits under a protected prefix", () => {
    expect(PUBLIC_PATHS).toContain("/tilbakestill-passord");
    expect(isProtectedPath("/tilbakestill-passord/abc")).toBe(false);
    for (const path of PUBLIC_PATHS) {
      expect(isProtectedPath(path)).toBe(false);
      if (path !== "/") expect(isProtectedPath(`${path}/x`)).toBe(false);
    }
  });
});

describe("the API reference's inline theme style", () => {
  it("is allowed by exactly the hash of what the installed Scalar writes (theme as configured, no default fonts)", async () => {
    const { createHash } = await import("node:crypto");
    const { getThemeStyles } = await import("@scalar/themes");
    const { API_REFERENCE_STYLE_HASH } = await import("@/lib/security/csp");
    // As @scalar/api-reference renders it: custom CSS (none), a line break, the theme.
    const content = `\n${getThemeStyles("default", { fonts: false })}`.replace(/<\/style/gi, "<\\/style");
    expect(`sha256-${createHash("sha256").update(content).digest("base64")}`).toBe(API_REFERENCE_STYLE_HASH);
    expect(buildCsp({ nonce: "n", isDev: false, isHttps: false })).toContain(`'${API_REFERENCE_STYLE_HASH}'`);
  });
});
