import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * The production server (scripts/next-server.mjs: Next.js behind Node's http server, which tells the app the TCP
 * peer's address). Detached (dev): its own process group, so a terminal Ctrl-C reaches only the supervisor, which
 * stops Next.js before PostgreSQL. Attached (test): a runner that kills our process group ends it too.
 */
export function startNext(root: string, port: number, env: NodeJS.ProcessEnv, { detached, nodeArgs = [] }: { detached: boolean; nodeArgs?: string[] }): ChildProcess {
  const server = path.join(root, "scripts/next-server.mjs");
  return spawn(process.execPath, [...nodeArgs, server], { cwd: root, env: { ...env, PORT: String(port), NODE_ENV: "production" }, stdio: "inherit", detached });
}

/** Resolves once the server answers any HTTP request; rejects if it exits first or after `timeoutMs`. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start exited (${child.exitCode ?? child.signalCode})`);
    const answered = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
