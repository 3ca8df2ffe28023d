import { hash, verify } from "@node-rs/argon2";

/** OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1. Algorithm 2 = Argon2id (const enum). */
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * A valid argon2id hash with the same parameters, of a random password nobody knows. Verifying against it
 * for an unknown e-mail costs the same time as for a real account, so timing does not reveal which exist.
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$KziFVULb6vg5KtlgvPOmZg$niF/l2me9PgJWWNuzbd4BbbEC/U9lPPS0lbQy5D8+k8";

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/** False for a wrong password and for a malformed hash (never throws on bad input). */
export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(storedHash, plain);
  } catch {
    return false;
  }
}

/** Spends one verify when there is no user, so the caller's timing matches a wrong password. */
export async function verifyPasswordOrDummy(storedHash: string | null | undefined, plain: string): Promise<boolean> {
  const ok = await verifyPassword(storedHash ?? DUMMY_HASH, plain);
  return ok && storedHash != null;
}
