import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { type Db, createDb } from "@/lib/db";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/admin";

export type TestDb = { db: Db; url: string; name: string; drop(): Promise<void> };

/** A fresh, migrated, empty database for this test file (a copy of the template made by global-setup.ts). */
export async function createTestDb(): Promise<TestDb> {
  const server = inject("databaseUrl");
  const name = `tiltaksanbud_test_${randomBytes(6).toString("hex")}`;
  await createDatabase(server, name, inject("templateDb"));
  const url = withDatabase(server, name);
  const db = createDb(url);
  return {
    db,
    url,
    name,
    async drop() {
      await db.$disconnect();
      await dropDatabase(server, name);
    },
  };
}

/** Registers beforeAll/afterAll for a per-file database; read `.db` / `.url` inside tests. */
export function setupTestDb(): { readonly db: Db; readonly url: string } {
  let testDb: TestDb | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb?.drop();
  });
  const current = () => {
    if (!testDb) throw new Error("setupTestDb(): the database exists only inside tests and hooks");
    return testDb;
  };
  return {
    get db() {
      return current().db;
    },
    get url() {
      return current().url;
    },
  };
}

