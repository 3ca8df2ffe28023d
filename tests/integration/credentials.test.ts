import { describe, expect, it } from "vitest";

import { LoginError, verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { fixedClock } from "@/lib/clock";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const PASSWORD = "riktig-passord-123";

async function createUser(email: string, active = true) {
  return testDb.db.user.create({ data: { email, name: "Test Testesen", passwordHash: await hashPassword(PASSWORD), active } });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof LoginError) return error.code;
    throw error;
  }
}

describe("verifyCredentials", () => {
  it("accepts the right password (case-insensitive e-mail) and records the log-in time", async () => {
    const user = await createUser("kari@nav.no");
    const clock = fixedClock("2026-03-29T00:30:00Z");
    const result = await verifyCredentials(testDb.db, clock, { email: " Kari@NAV.no ", password: PASSWORD }, "10.0.0.1");
    expect(result).toEqual({ id: user.id, email: "kari@nav.no", name: "Test Testesen" });
    const stored = await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastLoginAt?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
  });

  it("gives the same answer for a wrong password, an unknown e-mail, an inactive user's wrong password and malformed input", async () => {
    await createUser("ola@nav.no");
    await createUser("sluttet@nav.no", false);
    const clock = fixedClock("2026-01-01T10:00:00Z");
    const attempt = (raw: unknown) => codeOf(verifyCredentials(testDb.db, clock, raw, "10.0.0.2"));
    expect(await attempt({ email: "ola@nav.no", password: "feil" })).toBe("INVALID_CREDENTIALS");
    expect(await attempt({ email: "finnes.ikke@nav.no", password: PASSWORD })).toBe("INVALID_CREDENTIALS");
    expect(await attempt({ email: "sluttet@nav.no", password: "feil" })).toBe("INVALID_CREDENTIALS");
    // Only the right password learns that the account is deactivated; it is not a log-in.
    expect(await attempt({ email: "sluttet@nav.no", password: PASSWORD })).toBe("ACCOUNT_DEACTIVATED");
    expect((await testDb.db.user.findUniqueOrThrow({ where: { email: "sluttet@nav.no" } })).lastLoginAt).toBeNull();
    expect(await attempt({ email: "ikke-epost", password: PASSWORD })).toBe("INVALID_CREDENTIALS");
    expect(await attempt(undefined)).toBe("INVALID_CREDENTIALS");
  });

  it("locks an account + IP after five failures, even for the right password, until the window ends", async () => {
    await createUser("per@nav.no");
    const clock = fixedClock("2026-01-01T10:00:00Z");
    const attempt = (password: string, ip = "10.0.0.3") =>
      codeOf(verifyCredentials(testDb.db, clock, { email: "per@nav.no", password }, ip));
    for (let i = 0; i < 5; i++) expect(await attempt(`gjett-${i}`)).toBe("INVALID_CREDENTIALS");
    expect(await attempt(PASSWORD)).toBe("RATE_LIMITED");
    // Another address is counted separately, so an attacker cannot lock a colleague out.
    expect(await attempt(PASSWORD, "10.0.0.99")).toBe("OK");
    clock.advance(15 * 60 * 1000);
    expect(await attempt(PASSWORD)).toBe("OK");
  });

  it("caps failures per account across addresses, so a varied X-Forwarded-For cannot buy more guesses", async () => {
    await createUser("eva@nav.no");
    const clock = fixedClock("2026-01-01T10:00:00Z");
    const attempt = (password: string, ip: string) =>
      codeOf(verifyCredentials(testDb.db, clock, { email: "eva@nav.no", password }, ip));
    for (let i = 0; i < 25; i++) expect(await attempt(`gjett-${i}`, `203.0.113.${i}`)).toBe("INVALID_CREDENTIALS");
    expect(await attempt(PASSWORD, "198.51.100.7")).toBe("RATE_LIMITED");
    clock.advance(15 * 60 * 1000);
    expect(await attempt(PASSWORD, "198.51.100.7")).toBe("OK");
  });

  it("a successful log-in clears earlier failures", async () => {
    await createUser("liv@nav.no");
    const clock = fixedClock("2026-01-01T10:00:00Z");
    const attempt = (password: string) => codeOf(verifyCredentials(testDb.db, clock, { email: "liv@nav.no", password }, "10.0.0.4"));
    for (let i = 0; i < 4; i++) await attempt("feil");
    expect(await attempt(PASSWORD)).toBe("OK");
    for (let i = 0; i < 5; i++) expect(await attempt("feil")).toBe("INVALID_CREDENTIALS");
  });
});
