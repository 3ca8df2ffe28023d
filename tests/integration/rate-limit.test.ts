import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_RATE_LIMIT, hit, loginRateKey, peek, reset } from "@/lib/auth/rate-limit";
import { createDb, type Db } from "@/lib/db";
import { createTestDb } from "./helpers/db";

let db: Db;
let url: string;
let drop: () => Promise<void>;
const t0 = new Date("2025-03-14T11:00:00.000Z");
const after = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  ({ db, url, drop } = await createTestDb());
});
afterAll(async () => {
  await drop();
});

describe("fixed-window rate limit", () => {
  const policy = { limit: 5, windowMs: 15 * 60_000 };

  it("allows `limit` hits per window, then refuses with the seconds left", async () => {
    const key = "login:kari";
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await hit(db, key, { ...policy, now: after(i * 1000) }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(results[4]?.retryAfterSeconds).toBe(0);
    expect(results[5]?.retryAfterSeconds).toBe(15 * 60 - 5);

    const stillBlocked = await hit(db, key, { ...policy, now: after(policy.windowMs - 1) });
    expect(stillBlocked).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it("starts a new window once the old one has passed", async () => {
    const key = "login:ola";
    for (let i = 0; i < 6; i++) await hit(db, key, { ...policy, now: t0 });
    const fresh = await hit(db, key, { ...policy, now: after(policy.windowMs) });
    expect(fresh).toEqual({ allowed: true, retryAfterSeconds: 0, count: 1 });
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key } });
    expect(row.windowStart.toISOString()).toBe(after(policy.windowMs).toISOString());
  });

  it("peek reports a block without counting", async () => {
    const key = "login:peek";
    expect(await peek(db, key, { ...policy, now: t0 })).toEqual({ allowed: true, retryAfterSeconds: 0, count: 0 });
    for (let i = 0; i < 4; i++) await hit(db, key, { ...policy, now: t0 });
    expect(await peek(db, key, { ...policy, now: t0 })).toMatchObject({ allowed: true, count: 4 });
    await hit(db, key, { ...policy, now: t0 });
    expect(await peek(db, key, { ...policy, now: after(60_000) })).toEqual({ allowed: false, retryAfterSeconds: 14 * 60, count: 5 });
    expect(await peek(db, key, { ...policy, now: after(policy.windowMs) })).toMatchObject({ allowed: true, count: 0 });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(5);
  });

  it("keeps keys apart and forgets a key on reset", async () => {
    for (let i = 0; i < 6; i++) await hit(db, "login:a", { ...policy, now: t0 });
    expect(await hit(db, "login:b", { ...policy, now: t0 })).toMatchObject({ allowed: true, count: 1 });
    await reset(db, "login:a");
    expect(await db.rateLimit.findUnique({ where: { key: "login:a" } })).toBeNull();
    expect(await hit(db, "login:a", { ...policy, now: t0 })).toMatchObject({ allowed: true, count: 1 });
  });

  it("is shared by two app instances hitting at once: exactly `limit` pass", async () => {
    const other = createDb(url);
    try {
      const clients = [db, other];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => hit(clients[i % 2]!, "login:rush", { ...policy, now: t0 })),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    } finally {
      await other.$disconnect();
    }
  });

  it("has the log-in policy and a key without the e-mail in clear", () => {
    expect(LOGIN_RATE_LIMIT).toEqual({ limit: 5, windowMs: 900_000 });
    const key = loginRateKey(" Kari@NAV.no ", "10.0.0.1");
    expect(key).toBe(loginRateKey("kari@nav.no", "10.0.0.1"));
    expect(key).not.toContain("kari");
    expect(key).not.toBe(loginRateKey("kari@nav.no", "10.0.0.2"));
  });
});
