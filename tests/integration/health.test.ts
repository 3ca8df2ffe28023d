import { describe, expect, it } from "vitest";

import { createDb } from "@/lib/db";
import { checkDatabase } from "@/lib/db/health";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();

describe("database health (behind GET /api/health)", () => {
  it("is up when the database answers", async () => {
    expect(await checkDatabase(testDb.db)).toBe(true);
  });

  it("is down, without throwing, when nothing listens", async () => {
    const unreachable = createDb("postgresql://nobody:nothing@127.0.0.1:1/none");
    expect(await checkDatabase(unreachable)).toBe(false);
    await unreachable.$disconnect();
  });
});
