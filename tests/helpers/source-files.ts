import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const REPO_ROOT = join(__dirname, "..", "..");

/** Every .ts/.tsx file under the given top-level folders (generated code and dot-folders left out). */
export function sourceFiles(...folders: string[]): string[] {
  return folders.flatMap((folder) => walk(join(REPO_ROOT, folder))).filter((file) => /\.(ts|tsx)$/.test(file));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
