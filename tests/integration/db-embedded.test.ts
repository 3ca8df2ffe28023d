import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { isAlive } from "@/lib/db/embedded/process-state";

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
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

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
});
