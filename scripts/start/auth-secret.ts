import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** A development AUTH_SECRET kept in `.data/auth-secret` (0600), created on first start; never in the repository. */
export function devAuthSecret(dataRoot: string): Promise<string> {
  return devSecret(dataRoot, "auth-secret");
}

/**
 * The demo's key-encryption key for sealed bids, `.data/bid-kek` (0600), made on first start. Losing it makes the
 * demo's sealed bids unreadable, exactly as losing a production KEK would; it lives with the database it protects.
 */
export function devBidKek(dataRoot: string): Promise<string> {
  return devSecret(dataRoot, "bid-kek");
}

/** 32 random bytes (base64url) kept in `.data/<name>`, created on first start. */
async function devSecret(dataRoot: string, name: string): Promise<string> {
  const file = path.join(dataRoot, name);
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // First start: no secret yet.
  }
  await mkdir(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
