import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { Binaries, RunAs } from "./binaries";

const run = promisify(execFile);

export const SUPERUSER = "postgres";

export function clusterDir(dataDir: string): string {
  return path.join(dataDir, "cluster");
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Creates the cluster in `pgdata` (see placement.ts) once, when PG_VERSION is missing, with a random superuser
 * password kept in `<dataDir>/password` (0600), so no secret lives in the repository. Returns that password.
 */
export async function ensureCluster(dataDir: string, pgdata: string, bin: Binaries, runAs: RunAs): Promise<string> {
  const passwordFile = path.join(dataDir, "password");
  if (await exists(path.join(pgdata, "PG_VERSION"))) return (await readFile(passwordFile, "utf8")).trim();

  await rm(pgdata, { recursive: true, force: true });
  await mkdir(pgdata, { mode: 0o700 });
  if (runAs) await chown(pgdata, runAs.uid, runAs.gid);
  const password = randomBytes(24).toString("base64url");
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });

  // initdb reads the password from a file so it never appears in a process list; next to pgdata, the account
  // running initdb can reach it.
  const pwfile = path.join(path.dirname(pgdata), `.initdb-pw-${randomBytes(8).toString("hex")}`);
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) await chown(pwfile, runAs.uid, runAs.gid);
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        // Norwegian collation, so ORDER BY name puts Æ, Ø, Å after Z in that order.
        "--locale-provider=icu",
        "--icu-locale=nb-NO",
      ],
      { ...runAs, cwd: "/", env: { ...process.env, LC_MESSAGES: "C" } },
    );
  } finally {
    await rm(pwfile, { force: true });
  }
  return password;
}
