import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db";
import { migrateDeploy } from "@/lib/db/prisma-cli";
import { DATA_ROOT, REPO_ROOT } from "@/lib/db/paths";
import { env, resetEnvCache } from "@/lib/env";
import { getClock } from "@/lib/clock";
import { seedIfEmpty } from "@/prisma/seed/index";
import { demoSeedBase } from "@/prisma/seed/time";
import { devAuthSecret, devBidKek } from "./start/auth-secret";
import { isBuildStale, runNext } from "./start/build";
import { provideDatabase } from "./start/database";
import { demoLoginTable } from "./start/demo-table";
import { exposeTestDatabase } from "./start/test-database-file";
import { runNotificationWorker } from "./start/notification-worker";
import { startNext, stopChild, waitForHttp } from "./start/server";
import { createShutdown, messageOf } from "./start/shutdown";
import { recordServer, stopStaleServer } from "./start/stale-server";

/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo seed, production build when stale,
 * then `next start` and the notification worker (reminders, e-mail when SMTP_HOST is set). `--test` (npm run start:test, for Playwright) uses a throwaway database on port 3100.
 * Ctrl-C, SIGTERM or SIGINT to npm (or to us) stop Next.js first, then PostgreSQL, and exit 0; a failed start
 * prints one message, never a stack.
 */
const { values } = parseArgs({ options: { test: { type: "boolean", default: false } } });
const testMode = values.test;
// PORT is read by `next start` itself too; lib/env.ts does not model it.
const port = Number(process.env.PORT ?? (testMode ? 3100 : 3000));
const log = (message: string) => console.log(`[start] ${message}`);
const { shutdown, isStopping, onStop, stopOnSignalsAndOrphaning } = createShutdown(log);
stopOnSignalsAndOrphaning();

async function main(): Promise<void> {
  const starting = provideDatabase({ testMode, log });
  // A signal during start-up still stops the database once it is up.
  onStop(() => starting.then((db) => db.release(), () => undefined));
  const database = await starting;
  if (testMode) onStop(await exposeTestDatabase(port, database.url));
  const demo = database.embedded || testMode || env().DEMO_MODE === "1";
  const authSecret = env().AUTH_SECRET ?? (testMode ? randomBytes(32).toString("base64url") : await devAuthSecret(DATA_ROOT));
  // The seed seals its demo bids in this process, and the server opens them: both need the same KEK.
  process.env.BID_KEK = env().BID_KEK ?? (testMode ? randomBytes(32).toString("base64url") : await devBidKek(DATA_ROOT));
  resetEnvCache();
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
    const build = runNext(REPO_ROOT, ["build"], { ...process.env, DATABASE_URL: database.url });
    onStop(() => stopChild(build.child));
    const code = await build.exited;
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  }
  if (isStopping()) return;
  const url = `http://localhost:${port}`;
  const serverEnv = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret, BID_KEK: process.env.BID_KEK, NEXTAUTH_URL: env().NEXTAUTH_URL ?? url, PORT: String(port), DEMO_MODE: demo ? "1" : "0", TEST_CLOCK: testMode ? "1" : "0" };
  const pidFile = path.join(DATA_ROOT, testMode ? "next-test.pid" : "next.pid");
  await stopStaleServer(pidFile);
  const server = startNext(REPO_ROOT, port, serverEnv, { detached: !testMode });
  await recordServer(pidFile, server.pid);
  onStop(async () => (await stopChild(server), await rm(pidFile, { force: true })));
  server.on("exit", (code) => void (isStopping() || shutdown(code ?? 1)));
  await waitForHttp(url, server);
  // Stopped before Next.js and PostgreSQL (cleanups run newest first), after its round in progress.
  onStop(runNotificationWorker(database.url, url, log));
  console.log(`\nTiltaksanbud is running at ${url}${testMode ? " (test database)" : ""}\n`);
  if (demo) console.log(`Demo log-ins (demo mode only):\n\n${demoLoginTable()}\n`);
}

await main().catch(async (error: unknown) => {
  if (isStopping()) return;
  console.error(`\n${messageOf(error)}\n`);
  await shutdown(1);
});
