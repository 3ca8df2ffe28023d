import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import type { Dashboard } from "@/lib/analytics/dashboard";
import { getDashboard, listAnalyticsRegions } from "@/lib/analytics/queries/dashboard";
import { getPublicStatistics } from "@/lib/analytics/queries/public-statistics";
import { runQuery } from "@/lib/query";

import { buildWorld, type World } from "./helpers/analytics-world";
import { setupTestDb } from "./helpers/db";

/* The dashboard on a constructed market whose figures are worked out by hand (helpers/analytics-world.ts). */
const testDb = setupTestDb();
const clock = fixedClock("2026-01-15T12:00:00Z");
let world: World;
const manager = (regionId: string | null): Actor => ({ userId: "u-manager", active: true, locale: "nb", memberships: [{ role: "MANAGER", regionId, supplierId: null }] });
const YEAR_2025 = { from: "2025-01-01", to: "2025-12-31" };

async function dashboard(actor: Actor | null, rawInput: unknown): Promise<Dashboard> {
  const result = actor === null ? await runQuery(getPublicStatistics, { actor, rawInput, db: testDb.db, clock }) : await runQuery(getDashboard, { actor, rawInput, db: testDb.db, clock });
  if (!result.ok) throw result.error;
  if (result.data === null) throw new Error("not found");
  return result.data;
}

beforeAll(async () => {
  world = await buildWorld(testDb.db);
});

describe("the dashboard for one region (Øst, 2025)", () => {
  let d: Dashboard;
  beforeAll(async () => {
    d = await dashboard(manager(world.east.id), { region: world.east.code, ...YEAR_2025 });
  });

  it("awarded value and contracts per supplier kind, with shares", () => {
    expect(d.period).toEqual({ fromDay: "2025-01-01", toDay: "2025-12-31" });
    expect(d.totals).toEqual({ valueOre: 200_000n, contracts: 4 });
    const kind = (k: string) => d.byKind.find((row) => row.kind === k);
    expect(kind("COMMERCIAL")).toEqual({ kind: "COMMERCIAL", valueOre: 130_000n, contracts: 2, valueShareBp: 6500, contractShareBp: 5000 });
    expect(kind("IDEAL")).toMatchObject({ valueOre: 60_000n, valueShareBp: 3000, contracts: 1 });
    expect(kind("WORK_INCLUSION_ENTERPRISE")).toMatchObject({ valueOre: 10_000n, valueShareBp: 500 });
  });

  it("HHI per region and per measure type, with the top suppliers' shares", () => {
    expect(d.concentrationByRegion).toHaveLength(1);
    expect(d.concentrationByRegion[0]).toMatchObject({ key: { id: world.east.id }, hhi: 5150, suppliers: 3 });
    expect(d.concentrationByRegion[0]!.top.map((t) => [t.supplier.id, t.shareBp])).toEqual([[world.suppliers.a, 6500], [world.suppliers.b, 3000], [world.suppliers.c, 500]]);
    expect(d.concentrationByRegion[0]!.top[0]!.supplier.name).toMatch(/^Leverandør A/);
    const byMeasure = Object.fromEntries(d.concentrationByMeasure.map((c) => [c.key.id, c.hhi]));
    expect(byMeasure).toEqual({ [world.m1]: 5679, [world.m2]: 10000 });
  });

  it("competition: tenders opened in the period, distinct bidders, withdrawn bids not counted", () => {
    expect(d.competition).toEqual({ tenders: 3, bids: 6, averageBids: "2.00", singleBidTenders: 1, singleBidShareBp: 3333 });
  });

  it("district coverage: municipalities per supplier, the local share, and what no contract covers", () => {
    const bySupplier = Object.fromEntries(d.coverage.suppliers.map((s) => [s.supplier.id, [s.municipalities, s.places]]));
    expect(bySupplier).toEqual({ [world.suppliers.a]: [3, 25], [world.suppliers.b]: [1, 5], [world.suppliers.c]: [3, 4] });
    expect(d.coverage.local).toEqual({ localValueOre: 130_000n, valueOre: 200_000n, shareBp: 6500 });
    expect(d.coverage.municipalities).toBe(3);
    const uncovered = Object.fromEntries(d.coverage.uncovered.map((u) => [u.measureType.id, u.count]));
    expect(uncovered).toEqual({ [world.m1]: 0, [world.m2]: 0, [world.m3]: 3 });
  });

  it("incumbent turnover: T2's lot 1 changed hands (A → B), T5 kept A, T2's lot 2 had no overlapping predecessor", () => {
    expect(d.turnover.rows).toEqual([expect.objectContaining({ measureType: expect.objectContaining({ id: world.m1 }), retenders: 2, changedHands: 1, shareBp: 5000 })]);
    expect(d.turnover.total).toEqual({ retenders: 2, changedHands: 1, shareBp: 5000 });
  });

  it("price per participant-month, quality versus price of winners, quality weight over time", () => {
    expect(d.prices.map((p) => [p.measureType.id, p.quarter, p.ore])).toEqual([[world.m1, "2025-Q1", 750n], [world.m2, "2025-Q2", 208n], [world.m1, "2025-Q3", 833n]]);
    expect(d.qualityVsPrice).toEqual([{ measureType: expect.objectContaining({ id: world.m1 }), priceOre: 1000n, qualityBp: 8000 }]);
    expect(d.qualityWeight).toEqual([{ quarter: "2025-Q1", tenders: 2, averageBp: 5500 }, { quarter: "2025-Q2", tenders: 1, averageBp: 7000 }]);
  });
});

describe("national, scope and input", () => {
  it("nationally: both regions, B's contract in Vest is local there", async () => {
    const d = await dashboard(manager(null), YEAR_2025);
    expect(d.regionId).toBeNull();
    expect(d.totals).toEqual({ valueOre: 250_000n, contracts: 5 });
    expect(d.concentrationByRegion.map((c) => [c.key.id, c.hhi]).sort()).toEqual([[world.east.id, 5150], [world.west.id, 10000]].sort());
    expect(d.coverage.local.shareBp).toBe(7200);
  });

  it("a regional manager reads only their own region; a national one every region", async () => {
    const east = manager(world.east.id);
    for (const rawInput of [{ region: world.west.code }, {}, YEAR_2025]) {
      const result = await runQuery(getDashboard, { actor: east, rawInput, db: testDb.db, clock });
      expect(result.ok ? "ok" : result.error.code).toBe("FORBIDDEN");
    }
    expect((await dashboard(manager(null), { region: world.west.code, ...YEAR_2025 })).totals.contracts).toBe(1);
    const regions = await runQuery(listAnalyticsRegions, { actor: east, rawInput: undefined, db: testDb.db, clock });
    expect(regions.ok && regions.data.map((r) => r.id)).toEqual([world.east.id]);
    const officer: Actor = { ...east, memberships: [{ role: "OFFICER", regionId: world.east.id, supplierId: null }] };
    expect((await runQuery(getDashboard, { actor: officer, rawInput: { region: world.east.code }, db: testDb.db, clock })).ok).toBe(false);
  });

  it("bad input is a translated validation error; an unknown region is not found; the default period is last year to today", async () => {
    const run = (rawInput: unknown) => runQuery(getDashboard, { actor: manager(null), rawInput, db: testDb.db, clock });
    const order = await run({ from: "2025-05-01", to: "2025-04-01" });
    expect(!order.ok && order.error.details?.fieldErrors).toEqual({ to: ["analytics.errors.order"] });
    const day = await run({ from: "1. mai" });
    expect(!day.ok && day.error.details?.fieldErrors).toEqual({ from: ["analytics.errors.day"] });
    const unknown = await run({ region: "nope" });
    expect(!unknown.ok && unknown.error.code).toBe("NOT_FOUND");
    expect((await dashboard(manager(null), undefined)).period).toEqual({ fromDay: "2025-01-01", toDay: "2026-01-15" });
  });

  it("the public statistics need no log-in and give the same aggregates", async () => {
    const publicView = await dashboard(null, { region: world.east.code, ...YEAR_2025 });
    const managers = await dashboard(manager(null), { region: world.east.code, ...YEAR_2025 });
    expect(publicView).toEqual(managers);
  });

  it("publicly, a sole proprietorship (ENK) is not named: its name is a person's", async () => {
    await testDb.db.supplier.update({ where: { id: world.suppliers.a }, data: { organisationForm: "ENK" } });
    const input = { region: world.east.code, ...YEAR_2025 };
    const top = async (actor: Actor | null) => (await dashboard(actor, input)).concentrationByRegion[0]!.top[0]!.supplier;
    expect(await top(null)).toEqual({ id: world.suppliers.a, name: null });
    expect((await top(manager(null))).name).toMatch(/^Leverandør A/);
    const publicText = JSON.stringify(await dashboard(null, input), (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    expect(publicText).not.toContain("Leverandør A");
    await testDb.db.supplier.update({ where: { id: world.suppliers.a }, data: { organisationForm: null } });
  });
});
