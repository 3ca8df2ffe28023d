import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

/**
 * Runs a command against a database: DATABASE_URL when set, else an embedded PostgreSQL 17
 * (`.data/pg`, or a throwaway cluster with --temp). Without a command it serves until Ctrl-C.
 *   tsx scripts/embedded-db.ts [--temp] [--database tiltaksanbud] [-- command args…]
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { temp: { type: "boolean", default: false }, database: { type: "string", default: "tiltaksanbud" } },
});

function run(command: string[], url: string): Promise<number> {
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  // Ctrl-C reaches the child through the terminal; we outlive it to stop PostgreSQL afterwards.
  const ignore = () => undefined;
  const forward = () => child.kill("SIGTERM");
  process.on("SIGINT", ignore).on("SIGTERM", forward);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      process.off("SIGINT", ignore).off("SIGTERM", forward);
      resolve(code ?? 1);
    }),
  );
}

async function main(): Promise<number> {
  const given = process.env.DATABASE_URL;
  if (given && positionals.length > 0) return run(positionals, given);

  const dataDir = values.temp ? await mkdtemp(path.join(tmpdir(), "tiltaksanbud-pg-")) : undefined;
  const pg = await startEmbeddedPostgres({ dataDir, database: values.database, ephemeral: values.temp });
  const cleanUp = async () => {
    await pg.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  if (positionals.length > 0) {
    const code = await run(positionals, pg.url);
    await cleanUp();
    return code;
  }
  console.log(`PostgreSQL 17 is ready: DATABASE_URL=${pg.url}\nCtrl-C stops it.`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await cleanUp();
  return 0;
}

process.exitCode = await main();
