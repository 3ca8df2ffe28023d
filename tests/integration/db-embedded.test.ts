import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { chmod, lstat, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/embedded-postgres";
import { removeDataDir } from "@/scripts/embedded-postgres/placement";
import { isAlive } from "@/scripts/embedded-postgres/process-state";
import { UnreachableFolderError } from "@/scripts/embedded-postgres/reach";

const fixture = path.join(import.meta.dirname, "helpers/embedded-child.ts");

async function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  // `--import tsx` keeps the fixture in this one process (the tsx CLI would add a parent that SIGKILL misses).
  const child = spawn(process.execPath, ["--import", "tsx", fixture, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(child.stdout!.setEncoding("utf8"), "data")) as [string];
  return { child, url: (JSON.parse(line) as { url: string }).url };
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query("SELECT 1 AS ok")).rows[0].ok === 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("embedded PostgreSQL", () => {
  const dirs: string[] = [];
  const newDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tiltaksanbud-test-pg-embedded-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) {
      await removeDataDir(path.join(dir, "pg"));
      await rm(dir, { recursive: true, force: true });
    }
  });
  const isRoot = process.getuid?.() === 0;

  it("stops a postmaster orphaned by a SIGKILLed owner and starts again on the same data", async () => {
    const dataDir = await newDir();
    const { child, url } = await startChild(dataDir);
    child.kill("SIGKILL");
    await once(child, "exit");
    const orphan = Number((await readFile(path.join(dataDir, "cluster/postmaster.pid"), "utf8")).split("\n")[0]);
    expect(isAlive(orphan)).toBe(true);
    expect(await canQuery(url)).toBe(true);

    const restarted = await startEmbeddedPostgres({ dataDir, database: "postgres", ephemeral: true });
    try {
      expect(isAlive(orphan)).toBe(false);
      expect(await canQuery(restarted.url)).toBe(true);
    } finally {
      await restarted.stop();
    }
  });

  it("refuses a data directory whose owner is still running", async () => {
    const dataDir = await newDir();
    const { child, url } = await startChild(dataDir);
    try {
      await expect(startEmbeddedPostgres({ dataDir, database: "postgres" })).rejects.toThrow(/in use by process/);
      expect(await canQuery(url)).toBe(true);
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });

  it("runs a cluster whose data dir is inside a 0700 folder (as root: kept where the postgres account can reach it)", async () => {
    const dataDir = path.join(await newDir(), "pg");
    const pg = await startEmbeddedPostgres({ dataDir, database: "postgres", ephemeral: true });
    try {
      expect(await canQuery(pg.url)).toBe(true);
      expect((await lstat(path.join(dataDir, "cluster"))).isSymbolicLink()).toBe(isRoot);
    } finally {
      await pg.stop();
    }
  });

  it.runIf(isRoot)("refuses, naming the folder and the ways out, a cluster made in place that postgres can no longer reach", async () => {
    const parent = await newDir();
    await chmod(parent, 0o755);
    const dataDir = path.join(parent, "pg");
    await (await startEmbeddedPostgres({ dataDir, database: "postgres", ephemeral: true })).stop();
    await chmod(parent, 0o700);

    const refused = startEmbeddedPostgres({ dataDir, database: "postgres" });
    await expect(refused).rejects.toBeInstanceOf(UnreachableFolderError);
    await expect(refused).rejects.toThrow(`cannot enter ${parent},`);
    await expect(refused).rejects.toThrow(/normal user.*chmod o\+x .*DATABASE_URL/);
  });
});
