import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** A development AUTH_SECRET kept in `.data/auth-secret` (0600), created on first start; never in the repository. */
export async function devAuthSecret(dataRoot: string): Promise<string> {
  const file = path.join(dataRoot, "auth-secret");
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
