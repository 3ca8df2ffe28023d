import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { runPrisma, REPO_ROOT } from "@/lib/db/prisma-cli";
import { env } from "@/lib/env";

/**
 * `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
 * takes the existing migrations to schema.prisma. It stands in for `prisma migrate dev`, whose wasm engine (6.19.3)
 * cannot evaluate data loss against a shadow database once a migration exists (docs/decisions/001).
 * Review the SQL, then `npm run db:migrate` applies it.
 */
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration:new -- <name in snake_case>");
  process.exit(2);
}
const databaseUrl = env().DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set (run through scripts/embedded-db.ts)");

const diff = await runPrisma(
  ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { databaseUrl },
);
if (diff.code !== 0) {
  console.error(diff.stdout + diff.stderr);
  process.exit(1);
}
const sql = diff.stdout.trim();
if (sql === "" || /^-- This is an empty migration\.?$/.test(sql)) {
  console.log("schema.prisma and the migrations agree: nothing to create.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(REPO_ROOT, "prisma", "migrations", `${stamp}_${name}`);
await mkdir(folder, { recursive: true });
await writeFile(path.join(folder, "migration.sql"), `${sql}\n`);
console.log(`created ${path.relative(REPO_ROOT, folder)}/migration.sql — review it, then npm run db:migrate`);
