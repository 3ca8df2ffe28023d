import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is lib/db/paths.ts), so scripts work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Local state that must never be committed: the dev cluster, its password, the dev auth secret. */
export const DATA_ROOT = path.join(REPO_ROOT, ".data");
