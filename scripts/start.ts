import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db";
import { migrateDeploy } from "@/lib/db/prisma-cli";
import { DATA_ROOT, REPO_ROOT } from "@/lib/db/paths";
import { env } from "@/lib/env";
import { getClock } from "@/lib/clock";
import { seedIfEmpty } from "@/prisma/seed/index";
import { demoSeedBase } from "@/prisma/seed/time";
import { devAuthSecret } from "./start/auth-secret";
import { isBuildStale, runNext } from "./start/build";
import { provideDatabase } from "./start/database";
import { demoLoginTable } from "./start/demo-table";
import { recordServer, stopStaleServer } from "./start/stale-server";
import { exposeTestDatabase } from "./start/test-database-file";
import { startNext, stopChild, waitForHttp } from "./start/server";

/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo seed, production build when stale,
 * then `next start`. `--test` (npm run start:test, for Playwright) uses a throwaway database on port 3100.
 * Ctrl-C / SIGTERM stop Next.js first, then PostgreSQL, and exit 0.
 */
const { values } = parseArgs({ options: { test: { type: "boolean", default: false } } });
const testMode = values.test;
// PORT is read by `next start` itself too; lib/env.ts does not model it.
const port = Number(process.env.PORT ?? (testMode ? 3100 : 3000));
const log = (message: string) => console.log(`[start] ${message}`);

const database = await provideDatabase({ testMode, log });
const cleanups: Array<() => Promise<void>> = [database.release];
if (testMode) cleanups.push(await exposeTestDatabase(port, database.url));
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const demo = database.embedded || testMode || env().DEMO_MODE === "1";
  const authSecret = env().AUTH_SECRET ?? (testMode ? randomBytes(32).toString("base64url") : await devAuthSecret(DATA_ROOT));
  log("applying migrations");
  await migrateDeploy(database.url);
  if (demo) {
    const db = createDb(database.url);
    // Anchored near today so the demo always has competitions open for bids.
    if (await seedIfEmpty(db, { base: demoSeedBase(getClock().now()) })) log("seeded demo data");
    await db.$disconnect();
  }
  if (await isBuildStale(REPO_ROOT)) {
    log("building (next build)");
    const code = await runNext(REPO_ROOT, ["build"], { ...process.env, DATABASE_URL: database.url });
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  }
  const url = `http://localhost:${port}`;
  const serverEnv = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret, NEXTAUTH_URL: url, PORT: String(port), DEMO_MODE: demo ? "1" : "0" };
  const pidFile = path.join(DATA_ROOT, testMode ? "next-test.pid" : "next.pid");
  await stopStaleServer(pidFile);
  const server = startNext(REPO_ROOT, port, serverEnv, { detached: !testMode });
  await recordServer(pidFile, server.pid);
  cleanups.push(async () => (await stopChild(server), await rm(pidFile, { force: true })));
  server.on("exit", (code) => void (shuttingDown || shutdown(code ?? 1)));
  await waitForHttp(url, server);
  console.log(`\nTiltaksanbud is running at ${url}${testMode ? " (test database)" : ""}\n`);
  if (demo) console.log(`Demo log-ins (demo mode only):\n\n${demoLoginTable()}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
