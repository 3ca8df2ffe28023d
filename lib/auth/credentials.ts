import { text } from "@/lib/schemas";
import { z } from "zod";

import { hit, LOGIN_RATE_LIMIT, loginRateKey, peek, reset } from "@/lib/auth/rate-limit";
import { LOGIN_ERRORS, type LoginErrorCode } from "@/lib/auth/login-errors";
import { verifyPasswordOrDummy } from "@/lib/auth/password";
import type { Clock } from "@/lib/clock";
import type { Db } from "@/lib/db";


/**
 * Besides 5 failures per account + IP, an account takes at most 25 failures per window from all addresses
 * together: the client IP comes from X-Forwarded-For, which a client can vary to dodge the per-IP count.
 */
export const ACCOUNT_LOGIN_RATE_LIMIT = { limit: 25, windowMs: LOGIN_RATE_LIMIT.windowMs } as const;

const ZCredentials = z.object({
  email: text().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export class LoginError extends Error {
  constructor(readonly code: LoginErrorCode) {
    super(code);
  }
}

/**
 * Checks an e-mail and password. Unknown e-mails still spend one argon2 verify so response time
 * does not reveal which accounts exist. Failures count per account + IP, so an attacker elsewhere
 * cannot lock a colleague out with a handful of guesses, and per account overall (see
 * ACCOUNT_LOGIN_RATE_LIMIT). Once a limit is reached even a correct password is refused. A deactivated
 * user with the right password is told so (ACCOUNT_DEACTIVATED); with a wrong one they get the usual answer.
 */
export async function verifyCredentials(
  db: Db,
  clock: Clock,
  raw: unknown,
  ip: string,
): Promise<{ id: string; email: string; name: string }> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) throw new LoginError(LOGIN_ERRORS.invalid);
  const { email, password } = parsed.data;
  const now = clock.now();
  const key = loginRateKey(email, ip);
  const accountKey = loginRateKey(email, "*");
  const [perAddress, perAccount] = await Promise.all([
    peek(db, key, { ...LOGIN_RATE_LIMIT, now }),
    peek(db, accountKey, { ...ACCOUNT_LOGIN_RATE_LIMIT, now }),
  ]);
  if (!perAddress.allowed || !perAccount.allowed) throw new LoginError(LOGIN_ERRORS.rateLimited);

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPasswordOrDummy(user?.passwordHash, password);
  if (!user || !ok) {
    const [address, account] = await Promise.all([
      hit(db, key, { ...LOGIN_RATE_LIMIT, now }),
      hit(db, accountKey, { ...ACCOUNT_LOGIN_RATE_LIMIT, now }),
    ]);
    throw new LoginError(address.allowed && account.allowed ? LOGIN_ERRORS.invalid : LOGIN_ERRORS.rateLimited);
  }
  // Only someone who knows the password learns that the account is deactivated; nothing is forgiven or
  // counted (it is neither a guess nor a log-in), and the rate-limit check above still comes first.
  if (!user.active) throw new LoginError(LOGIN_ERRORS.deactivated);
  // Only this address's count is forgiven; the account-wide count runs out with its window.
  await reset(db, key);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { id: user.id, email: user.email, name: user.name };
}
