import { randomBytes } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/admin";
import { migrateDeploy, REPO_ROOT, runPrisma } from "@/lib/db/prisma-cli";
import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const drift = (schema: string, databaseUrl: string) =>
  runPrisma(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", schema, "--exit-code"],
    { databaseUrl },
  );

describe("migrations", () => {
  const server = inject("databaseUrl");
  const fresh = `tiltaksanbud_fresh_${randomBytes(4).toString("hex")}`;
  afterAll(() => dropDatabase(server, fresh));

  it("apply to an empty database, and a second deploy is a no-op", async () => {
    await createDatabase(server, fresh);
    await migrateDeploy(withDatabase(server, fresh));
    const client = new pg.Client({ connectionString: withDatabase(server, fresh) });
    await client.connect();
    try {
      const applied = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
      const dirs = (await readdir(path.join(REPO_ROOT, "prisma/migrations"), { withFileTypes: true })).filter((d) => d.isDirectory());
      expect(applied.rowCount).toBe(dirs.length);
      const tables = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'Tender'`);
      expect(tables.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
    const again = await runPrisma(["migrate", "deploy"], { databaseUrl: withDatabase(server, fresh) });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("No pending migrations to apply");
  });

  it("report a migrated database as up to date", async () => {
    const status = await runPrisma(["migrate", "status"], { databaseUrl: testDb.url });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date");
  });
});

describe("drift check (migrate diff --exit-code)", () => {
  const copy = path.join(tmpdir(), `schema-drift-${randomBytes(4).toString("hex")}.prisma`);
  afterAll(() => rm(copy, { force: true }));

  it("passes when schema.prisma and the migrations agree", async () => {
    const result = await drift("prisma/schema.prisma", testDb.url);
    expect(result.stdout).toContain("No difference detected");
    expect(result.code).toBe(0);
  });

  it("fails with exit code 2 when the schema has a change without a migration", async () => {
    const schema = await readFile(path.join(REPO_ROOT, "prisma/schema.prisma"), "utf8");
    const changed = schema.replace(/(model Region \{\n)/, "$1  driftProbe String?\n");
    expect(changed).not.toBe(schema);
    await writeFile(copy, changed);
    const result = await drift(copy, testDb.url);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("driftProbe");
  });
});
