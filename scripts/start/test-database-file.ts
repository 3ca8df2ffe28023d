import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { DATA_ROOT } from "@/lib/db/paths";

/**
 * Test mode only: where `start --test` leaves the URL of its throwaway database, so the e2e suite can read what
 * the app cannot show — the outbox (a reset link's e-mail is not sent yet). Never written outside --test.
 */
export function testDatabaseFile(port: number): string {
  return path.join(DATA_ROOT, `e2e-database-${port}.url`);
}

export async function exposeTestDatabase(port: number, url: string): Promise<() => Promise<void>> {
  const file = testDatabaseFile(port);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, url, { mode: 0o600 });
  return () => rm(file, { force: true });
}
