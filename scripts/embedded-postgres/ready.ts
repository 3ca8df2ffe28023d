import type { ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/** Polls until the server accepts a login; fails fast if the postmaster exits. */
export async function waitUntilReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`PostgreSQL exited during start-up (code ${child.exitCode}): ${stderr}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > until) throw new Error(`PostgreSQL did not accept connections: ${String(error)}\n${stderr}`);
      await sleep(100);
    }
  }
}
