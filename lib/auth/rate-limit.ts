import { createHash } from "node:crypto";
import type { DbOrTx } from "@/lib/db";

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now: Date;
}

export interface RateLimitResult {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until the window ends (for Retry-After). */
  retryAfterSeconds: number;
  count: number;
}

type RawDb = Pick<DbOrTx, "$queryRaw" | "$executeRaw">;
type RateLimitDb = Pick<DbOrTx, "rateLimit">;

/** Log-in policy: 5 failed attempts per account + IP address per 15 minutes. */
export const LOGIN_RATE_LIMIT = { limit: 5, windowMs: 15 * 60_000 } as const;

/** Rate-limit key for log-in attempts; hashed so the table holds no e-mail addresses. */
export function loginRateKey(email: string, ip: string): string {
  const digest = createHash("sha256").update(`${email.trim().toLowerCase()}|${ip}`).digest("hex");
  return `login:${digest}`;
}

/**
 * Counts one hit against `key` in a fixed window that starts at the key's first hit and resets once
 * `windowMs` has passed. One atomic upsert, so every app instance shares the same counter.
 */
export async function hit(db: RawDb, key: string, options: RateLimitOptions): Promise<RateLimitResult> {
  const { limit, windowMs, now } = options;
  const expired = new Date(now.getTime() - windowMs);
  const [row] = await db.$queryRaw<{ windowStart: Date; count: number }[]>`
    INSERT INTO "RateLimit" AS r ("key", "windowStart", "count")
    VALUES (${key}, ${now}::timestamptz, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN r."windowStart" <= ${expired}::timestamptz
                      THEN EXCLUDED."windowStart" ELSE r."windowStart" END,
      "count" = CASE WHEN r."windowStart" <= ${expired}::timestamptz THEN 1 ELSE r."count" + 1 END
    RETURNING "windowStart", "count"`;
  if (!row) throw new Error("Rate limit upsert returned no row");
  const allowed = row.count <= limit;
  const endsAt = row.windowStart.getTime() + windowMs;
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
  return { allowed, retryAfterSeconds, count: row.count };
}

/**
 * Would one more hit be allowed now? Reads without counting — for checking a block before doing
 * expensive work (a password hash), then calling hit() only on failure.
 */
export async function peek(db: RateLimitDb, key: string, options: RateLimitOptions): Promise<RateLimitResult> {
  const { limit, windowMs, now } = options;
  const row = await db.rateLimit.findUnique({ where: { key } });
  const endsAt = row ? row.windowStart.getTime() + windowMs : 0;
  if (!row || endsAt <= now.getTime()) return { allowed: true, retryAfterSeconds: 0, count: 0 };
  const allowed = row.count < limit;
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
  return { allowed, retryAfterSeconds, count: row.count };
}

/** Forgets the counter (e.g. after a successful log-in). */
export async function reset(db: RawDb, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ${key}`;
}
