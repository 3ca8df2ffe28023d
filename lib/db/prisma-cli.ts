import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { REPO_ROOT } from "./paths";

export { REPO_ROOT };

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * Runs the repository's Prisma CLI (6.19.3, wasm schema engine) against `databaseUrl`.
 * `inherit` streams its output to ours instead of capturing it.
 */
export function runPrisma(args: string[], options: { databaseUrl: string; inherit?: boolean }): Promise<CliResult> {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: REPO_ROOT,
    // CHECKPOINT_DISABLE: the update check calls checkpoint.prisma.io, unreachable offline.
    env: { ...process.env, DATABASE_URL: options.databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: options.inherit ? "inherit" : ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** `prisma migrate deploy`; throws with the CLI output when it fails. */
export async function migrateDeploy(databaseUrl: string, inherit = false): Promise<void> {
  const result = await runPrisma(["migrate", "deploy"], { databaseUrl, inherit });
  if (result.code !== 0) throw new Error(`prisma migrate deploy failed (${result.code}):\n${result.stdout}${result.stderr}`);
}
