import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "@/scripts/embedded-postgres";
import { startThrowawayPostgres } from "@/scripts/embedded-postgres/throwaway";
import { env } from "@/lib/env";

/**
 * Runs a command against a database: DATABASE_URL when set, else the embedded PostgreSQL 17 in `.data/pg`
 * (the running one, e.g. `npm start`'s, or started for the command), or a throwaway cluster with --temp.
 * Without a command it serves until Ctrl-C.
 *   tsx scripts/embedded-db.ts [--temp] [--database tiltaksanbud] [-- command args…]
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { temp: { type: "boolean", default: false }, database: { type: "string", default: "tiltaksanbud" } },
});

function run(command: string[], url: string): Promise<number> {
  const [file, ...args] = command as [string, ...string[]];
  // CHECKPOINT_DISABLE: Prisma's update check calls checkpoint.prisma.io, unreachable offline.
  const child = spawn(file, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" } });
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
  const given = env().DATABASE_URL ?? (values.temp ? null : await runningEmbeddedUrl(values.database));
  if (given && positionals.length > 0) return run(positionals, given);
  if (given) {
    console.log(`DATABASE_URL=${given}`);
    return 0;
  }

  const pg = values.temp
    ? await startThrowawayPostgres("tiltaksanbud-pg-", { database: values.database })
    : await startEmbeddedPostgres({ database: values.database });
  if (positionals.length > 0) {
    const code = await run(positionals, pg.url);
    await pg.stop();
    return code;
  }
  console.log(`PostgreSQL 17 is ready: DATABASE_URL=${pg.url}\nCtrl-C stops it.`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await pg.stop();
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  // One message (e.g. a folder the postgres account cannot reach, as root), not a stack.
  console.error(error instanceof Error ? error.message : String(error));
  return 1;
});
