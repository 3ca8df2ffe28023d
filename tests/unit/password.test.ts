import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyPassword, verifyPasswordOrDummy } from "@/lib/auth/password";

describe("password hashing (argon2id)", () => {
  it("hashes with the OWASP parameters and a fresh salt", async () => {
    const a = await hashPassword("Korrekt-Hest-Batteri-1");
    const b = await hashPassword("Korrekt-Hest-Batteri-1");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("rett passord");
    expect(await verifyPassword(stored, "rett passord")).toBe(true);
    expect(await verifyPassword(stored, "feil passord")).toBe(false);
  });

  it("returns false for a malformed hash instead of throwing", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });

  it("uses a dummy hash with the same cost parameters, and never accepts a missing user", async () => {
    expect(DUMMY_HASH.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(await verifyPasswordOrDummy(null, "anything")).toBe(false);
    const stored = await hashPassword("hemmelig");
    expect(await verifyPasswordOrDummy(stored, "hemmelig")).toBe(true);
  });
});
