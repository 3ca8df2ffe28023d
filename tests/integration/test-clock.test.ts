import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import { submitBid } from "@/lib/bids";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { bidSpecOf } from "@/lib/bids/load";
import { getClock, setClockForTests } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { runCommand } from "@/lib/mutation";
import { seedIfEmpty } from "@/prisma/seed/index";
import { demoSeedBase } from "@/prisma/seed/time";

import { call, useTestDbForApp, type RouteModule } from "./helpers/api-routes";
import { setupTestDb } from "./helpers/db";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator } = await import("@/lib/i18n");
  return { getLocale: async () => "nb", getTranslator: async () => ({ locale: "nb", t: createTranslator("nb") }) };
});

/*
 * The e2e test server's clock: only `npm run start:test` (TEST_CLOCK=1, set by scripts/start.ts --test) may move the
 * app's clock over HTTP; everywhere else the route is a 404. Moved, it is the clock the bid deadline guard judges by.
 */
const testDb = setupTestDb();
let route: RouteModule;
const post = (body: unknown) => call(route, "POST", "/api/test/clock", {}, { headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  // Seeded as npm start seeds: near the real today, so announced competitions are open now by the system clock.
  await seedIfEmpty(testDb.db, { base: demoSeedBase(new Date()) });
  useTestDbForApp(testDb.db);
  route = (await import("@/app/api/test/clock/route")) as unknown as RouteModule;
});
afterEach(() => {
  delete process.env.TEST_CLOCK;
  resetEnvCache();
  setClockForTests(null);
});

describe("the test server's clock", () => {
  it("is absent outside the test server: 404 problem+json, the clock untouched", async () => {
    const before = Date.now();
    const response = await post({ advanceMs: 30 * DAY });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await call(route, "GET", "/api/test/clock", {})).status).toBe(404);
    expect(Math.abs(getClock().now().getTime() - before)).toBeLessThan(5_000);
  });

  it("scripts/start.ts turns it on only with --test", async () => {
    const { readFileSync } = await import("node:fs");
    expect(readFileSync("scripts/start.ts", "utf8")).toContain('TEST_CLOCK: testMode ? "1" : "0"');
  });

  it("in the test server it moves the app's clock, and the bid deadline guard honours it", async () => {
    process.env.TEST_CLOCK = "1";
    resetEnvCache();
    expect((await post({ advanceMs: -1 })).status).toBe(400);
    const tender = await testDb.db.tender.findFirstOrThrow({
      where: { title: "Avklaring for unge med sammensatte behov i Oslo" },
      include: { lots: { orderBy: { number: "asc" } }, criteria: { orderBy: { position: "asc" } }, requirements: { orderBy: { position: "asc" } } },
    });
    expect(tender.deadline!.getTime()).toBeGreaterThan(Date.now());
    const moved = await post({ set: new Date(tender.deadline!.getTime() + 60_000).toISOString() });
    expect(moved.status).toBe(200);
    expect(Math.abs(getClock().now().getTime() - (tender.deadline!.getTime() + 60_000))).toBeLessThan(5_000);
    const spec = bidSpecOf(tender);
    const actor = (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email: "post@arbeidsglede.no" } })).id))!;
    const late = await runCommand(submitBid, {
      actor, db: testDb.db,
      rawInput: { tenderId: tender.id, lots: [{ lotId: spec.lots[0]!.id, selected: true, price: "20 000" }], quality: spec.criteria.map((c) => ({ criterionId: c.id, answer: "Svar" })), requirements: spec.requirements.map((r) => ({ requirementId: r.id, met: true, comment: "" })), exclusions: EXCLUSION_GROUNDS.map((code) => ({ code, applies: false, comment: "" })) },
    });
    expect(late).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED" } });
    expect((await post({ advanceMs: DAY })).json()).toMatchObject({ offsetMs: expect.any(Number) });
    expect(await post({ reset: true })).toMatchObject({ status: 200 });
    expect(Math.abs(getClock().now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
