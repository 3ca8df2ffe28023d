import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
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
 * Creates the cluster once (when PG_VERSION is missing) with a random superuser password kept in
 * `<dataDir>/password` (0600), so no secret lives in the repository. Returns that password.
 */
export async function ensureCluster(dataDir: string, bin: Binaries, runAs: RunAs): Promise<string> {
  const passwordFile = path.join(dataDir, "password");
  const pgdata = clusterDir(dataDir);
  if (await exists(path.join(pgdata, "PG_VERSION"))) return (await readFile(passwordFile, "utf8")).trim();

  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await rm(pgdata, { recursive: true, force: true });
  const password = randomBytes(24).toString("base64url");
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) await chown(dataDir, runAs.uid, runAs.gid);

  // initdb reads the password from a file so it never appears in a process list.
  const pwfile = path.join(tmpdir(), `tiltaksanbud-pw-${randomBytes(8).toString("hex")}`);
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
      { ...runAs, env: { ...process.env, LC_MESSAGES: "C" } },
    );
  } finally {
    await rm(pwfile, { force: true });
  }
  return password;
}
