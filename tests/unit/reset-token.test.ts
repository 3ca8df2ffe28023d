import { describe, expect, it } from "vitest";

import { hashResetToken, newResetToken, PASSWORD_RESET_TTL_MS, resetPath, resetTokenStatus } from "@/lib/auth/reset-token";

const now = new Date("2026-03-14T11:00:00.000Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const row = (overrides: Partial<Parameters<typeof resetTokenStatus>[0] & object> = {}) => ({
  expiresAt: at(PASSWORD_RESET_TTL_MS),
  usedAt: null,
  revokedAt: null,
  userActive: true,
  ...overrides,
});

describe("reset tokens", () => {
  it("are 256-bit, URL-safe, different every time, and stored as a 64-hex SHA-256", () => {
    const tokens = new Set(Array.from({ length: 50 }, newResetToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [first] = tokens;
    expect(hashResetToken(first!)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashResetToken(first!)).toBe(hashResetToken(first!));
    expect(hashResetToken(first!)).not.toContain(first!);
    expect(resetPath("abc-_1")).toBe("/tilbakestill-passord/abc-_1");
  });

  it("live 60 minutes", () => {
    expect(PASSWORD_RESET_TTL_MS).toBe(60 * 60 * 1000);
  });

  it.each([
    ["no row", null, "unknown"],
    ["fresh", row(), "valid"],
    ["one millisecond before expiry", row({ expiresAt: at(1) }), "valid"],
    ["at expiry", row({ expiresAt: at(0) }), "expired"],
    ["after expiry", row({ expiresAt: at(-1) }), "expired"],
    ["used", row({ usedAt: at(-5) }), "used"],
    ["superseded", row({ revokedAt: at(-5) }), "used"],
    ["used and expired", row({ usedAt: at(-5), expiresAt: at(-1) }), "used"],
    ["of a deactivated user", row({ userActive: false }), "used"],
  ] as const)("%s → %s", (_name, stored, expected) => {
    expect(resetTokenStatus(stored, now)).toBe(expected);
  });
});
