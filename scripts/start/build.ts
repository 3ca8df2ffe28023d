import { type ChildProcess, spawn } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "messages", "public", "prisma/schema.prisma", "package.json", "tsconfig.json"];
const CONFIGS = ["next.config.ts", "next.config.mjs", "next.config.js"];
const SKIP = new Set(["node_modules", ".next", ".data", "generated"]);

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when there is no production build, or a source file changed after it was made. */
export async function isBuildStale(root: string): Promise<boolean> {
  const built = await stat(path.join(root, ".next/BUILD_ID")).catch(() => null);
  if (!built) return true;
  const times = await Promise.all([...SOURCES, ...CONFIGS].map((entry) => newestMtime(path.join(root, entry))));
  return Math.max(...times) > built.mtimeMs;
}

/** Spawns the local Next.js CLI; `exited` resolves with its exit code. */
export function runNext(root: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; exited: Promise<number> } {
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), ...args], { cwd: root, env, stdio: "inherit" });
  return { child, exited: new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1))) };
}
