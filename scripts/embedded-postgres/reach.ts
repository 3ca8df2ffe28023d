import { execFile } from "node:child_process";
import { chmod, mkdir, stat } from "node:fs/promises";
import path from "node:path";

export type Account = { uid: number; gid: number };

/**
 * Whether `account` can enter the folder (or run the file) `target`. A shell running as that account answers, so
 * ACLs and group rules count exactly as they will for PostgreSQL (spawned with the same uid and gid).
 */
export function canReach(account: Account, target: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile("/bin/sh", ["-c", 'test -x "$1"', "sh", target], { ...account, cwd: "/" }, (error) => resolve(!error));
  });
}

/** The first folder on the way to `target` (or `target` itself) that `account` cannot enter; null if none. */
export async function blockingFolder(account: Account, target: string): Promise<string | null> {
  const way = [path.resolve(target)];
  while (way[0] !== path.dirname(way[0]!)) way.unshift(path.dirname(way[0]!));
  for (const step of way) if (!(await canReach(account, step))) return step;
  return null;
}

/** Why PostgreSQL cannot start, in one paragraph a new user can act on; `npm start` prints only this message. */
export class UnreachableFolderError extends Error {
  constructor(folder: string, holds: string, detail?: string) {
    super(
      `PostgreSQL cannot start: as root it runs as the "postgres" account (PostgreSQL refuses to run as root), and ` +
        `that account cannot enter ${folder}, which holds ${holds}.${detail ? ` ${detail}` : ""} Ways out: run ` +
        `npm start as a normal user; or make the folder reachable (chmod o+x ${folder}); or set DATABASE_URL to a ` +
        `PostgreSQL you already run.`,
    );
    this.name = "UnreachableFolderError";
  }
}

/**
 * The root-owned folder where, as root, what the postgres account must read lives when the project folder is out
 * of its reach: a copy of the binaries and the cluster's files. Never writable by anyone but root, because root
 * runs the binaries in it.
 */
export const SHARED_ROOT = "/var/lib/tiltaksanbud";

export async function sharedFolder(name: string): Promise<string> {
  const dir = path.join(SHARED_ROOT, name);
  await mkdir(dir, { recursive: true });
  for (const folder of [SHARED_ROOT, dir]) {
    const info = await stat(folder);
    if (info.uid !== 0 || (info.mode & 0o022) !== 0) throw new Error(`${folder} must belong to root and be writable by root only.`);
    // mkdir's mode is cut by the umask; postgres must be able to enter.
    await chmod(folder, 0o755);
  }
  return dir;
}
