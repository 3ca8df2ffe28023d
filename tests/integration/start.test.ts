import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { lstat, mkdir, mkdtemp, open, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { removeDataDir } from "@/scripts/embedded-postgres/placement";
import { freePort, isAlive } from "@/scripts/embedded-postgres/process-state";
import { SHARED_ROOT } from "@/scripts/embedded-postgres/reach";
import { cleanEnv, copyProject, ensureBuild, sweepOldCopies } from "./helpers/project-copy";
import { commandLine, descendants } from "./helpers/processes";

const isRoot = process.getuid?.() === 0;
const DB_SHUTDOWNED = 1;
const STACK_FRAME = /^\s+at /m;
const COPY_PREFIX = "tiltaksanbud-test-clone-";

/** `state` in global/pg_control (after two uint64/uint32 headers): 1 = shut down cleanly, 6 = in production. */
async function clusterState(pgdata: string): Promise<number> {
  const file = await open(path.join(pgdata, "global/pg_control"));
  try {
    const { buffer } = await file.read(Buffer.alloc(4), 0, 4, 16);
    return buffer.readInt32LE(0);
  } finally {
    await file.close();
  }
}

async function startNpm(project: string, env: Record<string, string> = {}): Promise<{ npm: ChildProcess; output: () => string }> {
  const npm = spawn("npm", ["start"], { cwd: project, env: { ...cleanEnv(), PORT: String(await freePort()), ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  for (const stream of [npm.stdout!, npm.stderr!]) stream.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = once(npm, "exit");
  const running = new Promise<void>((resolve) => npm.stdout!.on("data", () => output.includes("is running at") && resolve()));
  await Promise.race([running, exited.then(() => Promise.reject(new Error(`npm start exited early:\n${output}`)))]);
  return { npm, output: () => output };
}

/**
 * `npm start` in a fresh copy of the project inside a 0700 folder, as a new user who cloned into `mktemp -d` (or
 * under /root) would run it, stopped by a signal to exactly the npm process, as a container runtime sends it.
 */
describe("npm start in a copy of the project in a 0700 folder", () => {
  let parent: string;
  let project: string;
  const started: number[] = [];

  beforeAll(async () => {
    await ensureBuild(inject("databaseUrl"));
    await sweepOldCopies(COPY_PREFIX);
    parent = await mkdtemp(path.join(tmpdir(), COPY_PREFIX));
    project = await copyProject(parent);
  }, 600_000);

  afterAll(async () => {
    for (const pid of started.filter(isAlive)) process.kill(pid, "SIGKILL");
    if (project) await removeDataDir(path.join(project, ".data/pg"));
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  // SIGTERM with two server processes (WEB_CONCURRENCY, node:cluster): both serve, and both stop with the rest.
  it.each([["SIGTERM", 2], ["SIGINT", 1]] as const)(
    "starts, and on %s to the npm process stops Next.js (%i server processes) and PostgreSQL cleanly and exits 0 within 15 s",
    async (signal, processes) => {
      const { npm, output } = await startNpm(project, { WEB_CONCURRENCY: String(processes) });
      const tree = descendants(npm.pid!);
      const servers = tree.filter((pid) => commandLine(pid).includes("scripts/next-server.mjs"));
      expect(servers, output()).toHaveLength(processes === 1 ? 1 : processes + 1); // a cluster: its primary and the servers
      if (processes > 1) await expect.poll(output, { timeout: 30_000 }).toContain(`(${processes} processes)`);
      started.push(npm.pid!, ...tree);
      const postmaster = tree.find((pid) => / -D /.test(commandLine(pid)));
      expect(postmaster, "a postmaster among npm's descendants").toBeDefined();
      if (isRoot) {
        // Neither the binaries nor the cluster can be used from inside the 0700 folder by the postgres account.
        expect(commandLine(postmaster!).startsWith(path.join(SHARED_ROOT, "postgres"))).toBe(true);
        expect(await readlink(path.join(project, ".data/pg/cluster"))).toContain(path.join(SHARED_ROOT, "clusters"));
      }

      const sent = Date.now();
      process.kill(npm.pid!, signal);
      const [code, killedBy] = (await once(npm, "exit")) as [number | null, NodeJS.Signals | null];
      const took = Date.now() - sent;

      expect({ code, killedBy }, output()).toEqual({ code: 0, killedBy: null });
      expect(took).toBeLessThan(15_000);
      expect(tree.filter(isAlive).map(commandLine)).toEqual([]);
      // No crash recovery on the next start: the cluster (reached through .data/pg, where its password is) says so.
      expect(await clusterState(path.join(project, ".data/pg/cluster"))).toBe(DB_SHUTDOWNED);
      expect((await lstat(path.join(project, ".data/pg/password"))).isFile()).toBe(true);
      expect(output()).not.toMatch(STACK_FRAME);
    },
    120_000,
  );

  it("prints one message, not a stack, when the start fails", async () => {
    const broken = await copyProject(parent, "broken");
    // A file where the data folder should be: the embedded start fails before anything runs.
    await mkdir(path.join(broken, ".data"));
    await writeFile(path.join(broken, ".data/pg"), "");
    const npm = spawn("npm", ["start"], { cwd: broken, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    for (const stream of [npm.stdout, npm.stderr]) stream.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const [code] = (await once(npm, "exit")) as [number | null];
    expect(code, output).toBe(1);
    expect(output).toMatch(/\.data\/pg/);
    expect(output).not.toMatch(STACK_FRAME);
  });
});
