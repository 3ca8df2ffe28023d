import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";

import { environmentKek, localKek } from "@/lib/bids/keys";
import { resetEnvCache } from "@/lib/env";

describe("the key-encryption key", () => {
  it("wraps a data key so only the same KEK unwraps it, with a fresh IV each time", async () => {
    const kek = localKek(randomBytes(32));
    const dataKey = randomBytes(32);
    const once = await kek.wrap(dataKey);
    const twice = await kek.wrap(dataKey);
    expect(once.equals(twice)).toBe(false);
    expect(once.includes(dataKey)).toBe(false);
    expect((await kek.unwrap(once)).equals(dataKey)).toBe(true);
    await expect(localKek(randomBytes(32)).unwrap(once)).rejects.toThrow();
    const tampered = Buffer.from(once);
    tampered[tampered.length - 1]! ^= 1;
    await expect(kek.unwrap(tampered)).rejects.toThrow();
  });

  it("refuses a key of the wrong length, and says what is missing when BID_KEK is not set", () => {
    expect(() => localKek(randomBytes(16))).toThrow(/32 bytes/);
    const saved = process.env.BID_KEK;
    delete process.env.BID_KEK;
    resetEnvCache();
    try {
      expect(() => environmentKek()).toThrow(/BID_KEK/);
    } finally {
      process.env.BID_KEK = saved;
      resetEnvCache();
    }
    expect(environmentKek().id).toMatch(/^local:[0-9a-f]{12}$/);
  });
});
