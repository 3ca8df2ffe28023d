import { execFile, spawn } from "node:child_process";
import { readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { removeDataDir } from "@/scripts/embedded-postgres/placement";
import { REPO_ROOT } from "@/lib/db/paths";
import { isBuildStale } from "@/scripts/start/build";

const run = promisify(execFile);
const LOCAL_STATE = new Set([".git", ".data", "node_modules", "test-results", "playwright-report", "coverage"]);

/**
 * A fresh clone as `git clone && npm ci` would leave it, in `dest`: the working tree (with the generated Prisma
 * client), node_modules hard-linked (fast, and no one writes there) and a copy of the current production build, so
 * `npm start` there skips `next build`. `cp -a` keeps the times, so the copied build is not stale.
 */
export async function copyProject(dest: string, name = path.basename(REPO_ROOT)): Promise<string> {
  const project = path.join(dest, name);
  await run("mkdir", ["-p", project]);
  const entries = (await readdir(REPO_ROOT)).filter((entry) => !LOCAL_STATE.has(entry));
  await run("cp", ["-a", ...entries.map((entry) => path.join(REPO_ROOT, entry)), project]);
  await run("cp", ["-al", path.join(REPO_ROOT, "node_modules"), project]);
  return project;
}

/**
 * Removes copies `<tmp>/<prefix>*` (and the clusters they kept in /var/lib/tiltaksanbud) left by a killed run.
 * Only those older than an hour: a run takes minutes, and other worktrees' runs share the temp folder.
 */
export async function sweepOldCopies(prefix: string): Promise<void> {
  for (const name of (await readdir(tmpdir())).filter((entry) => entry.startsWith(prefix))) {
    const dir = path.join(tmpdir(), name);
    if (Date.now() - (await stat(dir)).mtimeMs < 60 * 60 * 1000) continue;
    for (const project of await readdir(dir)) await removeDataDir(path.join(dir, project, ".data/pg"));
    await rm(dir, { recursive: true, force: true });
  }
}

/** Builds the repository (as `npm start` would) when it has no build or sources changed since; the e2e suite reuses it. */
export async function ensureBuild(databaseUrl: string): Promise<void> {
  if (!(await isBuildStale(REPO_ROOT))) return;
  const next = path.join(REPO_ROOT, "node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, "build"], { cwd: REPO_ROOT, env: { ...cleanEnv(), DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding("utf8").on("data", (chunk: string) => (output = (output + chunk).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`next build failed (${code}):\n${output}`);
}

/** The environment a user's shell would have: none of vitest's or the outer npm's variables, no database given. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of Object.keys(env)) if (/^(npm_|VITEST|NODE_ENV$|DATABASE_URL$|AUTH_SECRET$|PORT$|TEST$)/.test(key)) delete env[key];
  return env;
}
