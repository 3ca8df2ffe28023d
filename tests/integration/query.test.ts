import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { listSupplierBids } from "@/lib/bids/queries/list-supplier-bids";
import { fixedClock } from "@/lib/clock";
import { listAwards } from "@/lib/history/queries/list-awards";
import { defineDetailQuery, defineListQuery, noInput, runQuery, scopeWhere } from "@/lib/query";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";
import { listAnnouncedTenders } from "@/lib/tenders/queries/list-announced-tenders";
import { listTendersInScope } from "@/lib/tenders/queries/list-tenders-in-scope";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const clock = fixedClock(FIXED_BASE.toISOString());
const actors: Record<string, Actor> = {};

async function actorFor(email: string): Promise<Actor> {
  const user = await testDb.db.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(testDb.db, user.id))!;
}

/** Runs and unwraps a query that must succeed. */
async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: unknown }>): Promise<T> {
  const outcome = await result;
  if (!outcome.ok) throw outcome.error;
  return outcome.data;
}

const tenderById = defineDetailQuery({
  name: "test.tenderById",
  action: "tender.read",
  input: z.object({ id: z.string().min(1).max(64) }),
  load: ({ db, input }) => db.tender.findUnique({ where: { id: input.id }, select: { id: true, regionId: true, announcedAt: true } }),
});

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({
    osloOfficer: "innkjoper.oslo@nav.no", nationalManager: "leder@nav.no", osloManager: "leder.oslo@nav.no",
    supplier: "post@jobbveien.no", admin: "admin@tiltaksanbud.no",
  })) actors[key] = await actorFor(email);
});

describe("list queries take their scope from the policy", () => {
  const run = (query: typeof listTendersInScope, who: string) => runQuery(query, { actor: actors[who], rawInput: undefined, db: testDb.db, clock });

  it("an officer sees exactly the tenders of their region", async () => {
    const oslo = await testDb.db.region.findFirstOrThrow({ where: { name: "Nav Oslo" } });
    const rows = await ok(run(listTendersInScope, "osloOfficer"));
    expect(rows.length).toBe(await testDb.db.tender.count({ where: { regionId: oslo.id } }));
    expect(new Set(rows.map((row) => row.regionId))).toEqual(new Set([oslo.id]));
  });

  it("a national manager sees every tender; a supplier only announced ones", async () => {
    expect((await ok(run(listTendersInScope, "nationalManager"))).length).toBe(await testDb.db.tender.count());
    const published = await ok(run(listTendersInScope, "supplier"));
    expect(published.length).toBe(await testDb.db.tender.count({ where: { announcedAt: { not: null } } }));
    expect(published.length).toBeLessThan(await testDb.db.tender.count());
  });

  it("a supplier lists only its own bids and organisations", async () => {
    const [own] = await ok(runQuery(listOwnSuppliers, { actor: actors.supplier, rawInput: undefined, db: testDb.db, clock }));
    const bids = await ok(runQuery(listSupplierBids, { actor: actors.supplier, rawInput: undefined, db: testDb.db, clock }));
    expect(own!.name).toBe("Jobbveien AS");
    expect(bids.length).toBe(await testDb.db.bid.count({ where: { supplierId: own!.id } }));
    expect(bids.length).toBeGreaterThan(0);
  });

  it("award history: a regional manager sees their region's, the national one all", async () => {
    const regional = await ok(runQuery(listAwards, { actor: actors.osloManager, rawInput: undefined, db: testDb.db, clock }));
    const national = await ok(runQuery(listAwards, { actor: actors.nationalManager, rawInput: undefined, db: testDb.db, clock }));
    expect(regional.length).toBeGreaterThan(0);
    expect(national.length).toBeGreaterThan(regional.length);
    expect(new Set(regional.map((award) => award.tender.region.name))).toEqual(new Set(["Nav Oslo"]));
  });

  it("refuses a role without the grant, and anonymous readers", async () => {
    const refused = await runQuery(listTendersInScope, { actor: actors.admin, rawInput: undefined, db: testDb.db, clock });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const anonymous = await runQuery(listAwards, { actor: null, rawInput: undefined, db: testDb.db, clock });
    expect(anonymous).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("an empty scope matches no rows", async () => {
    expect(await testDb.db.tender.count({ where: scopeWhere([]) })).toBe(0);
  });

  it("a list whose filter ignores the scope fails loudly instead of showing the rows", async () => {
    const leaky = defineListQuery({
      name: "test.leaky",
      action: "tender.read",
      input: noInput,
      load: ({ db }) => db.tender.findMany({ select: { id: true, regionId: true, announcedAt: true } }),
    });
    await expect(runQuery(leaky, { actor: actors.osloOfficer, rawInput: undefined, db: testDb.db, clock })).rejects.toThrow(/refuses/);
  });
});

describe("detail queries authorize the loaded row", () => {
  it("reads a tender in scope, refuses one outside, and tells a missing or malformed id apart", async () => {
    const [own, foreign] = await Promise.all([
      testDb.db.tender.findFirstOrThrow({ where: { region: { name: "Nav Oslo" } } }),
      testDb.db.tender.findFirstOrThrow({ where: { region: { name: { not: "Nav Oslo" } } } }),
    ]);
    const read = (rawInput: unknown) => runQuery(tenderById, { actor: actors.osloOfficer, rawInput, db: testDb.db, clock });
    expect(await read({ id: own.id })).toMatchObject({ ok: true, data: { id: own.id } });
    expect(await read({ id: foreign.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await read({ id: "missing" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await read({ id: 42 })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});

describe("public queries", () => {
  it("need no actor and show only open notices", async () => {
    const rows = await ok(runQuery(listAnnouncedTenders, { actor: null, rawInput: undefined, db: testDb.db, clock }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.deadline! > clock.now())).toBe(true);
  });
});
