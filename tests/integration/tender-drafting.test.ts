import { beforeAll, describe, expect, it } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import { runCommand } from "@/lib/mutation";
import { createDraft, updateDraft } from "@/lib/tenders";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const clock = fixedClock("2026-12-01T10:00:00.000Z");
let oslo: Actor;
let vestlandOfficer: Actor;
let manager: Actor;
let osloRegionId: string;
let measure: Record<string, string>;

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const counts = async () => ({ tenders: await testDb.db.tender.count(), audits: await testDb.db.auditEvent.count() });

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  oslo = await actorFor("innkjoper.oslo@nav.no");
  vestlandOfficer = await actorFor("innkjoper.vestland@nav.no");
  manager = await actorFor("leder.oslo@nav.no");
  osloRegionId = (await testDb.db.region.findFirstOrThrow({ where: { name: "Nav Oslo" } })).id;
  measure = Object.fromEntries((await testDb.db.measureType.findMany()).map((type) => [type.code, type.id]));
});

const create = (actor: Actor, input: Record<string, unknown>) => runCommand(createDraft, { actor, rawInput: input, db: testDb.db, clock });

describe("createDraft", () => {
  it("starts from the measure's template: one lot for the region, price 30 / quality 70, audited on the tender's chain", async () => {
    const result = await create(oslo, { measureTypeId: measure.OPPFOLGING, regionId: osloRegionId, title: "Oppfølging i Groruddalen" });
    if (!result.ok) throw result.error;
    expect(result.data.reference).toMatch(/^2026\/\d{4}$/);
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id: result.data.id }, include: { lots: true, criteria: true } });
    expect(tender).toMatchObject({ status: "DRAFT", regionId: osloRegionId, createdById: oslo.userId, version: 0 });
    expect(tender.lots).toMatchObject([{ number: 1, title: "Nav Oslo", places: 0 }]);
    const weight = (name: string) => tender.criteria.find((criterion) => criterion.name === name)?.weight.toString();
    expect([weight("Pris"), weight("Kvalitet"), weight("Brukermedvirkning")]).toEqual(["30", "70", "10"]);
    expect(await testDb.db.auditEvent.count({ where: { chain: `tender:${tender.id}`, action: "tender.draft_created" } })).toBe(1);
  });

  it("numbers drafts in sequence within the year, also when two are created at once", async () => {
    const results = await Promise.all([1, 2, 3].map((n) => create(oslo, { measureTypeId: measure.AVKLARING, regionId: osloRegionId, title: `Avklaring ${n}` })));
    const references = results.map((result) => (result.ok ? result.data.reference : "failed"));
    expect(new Set(references).size).toBe(3);
    expect(references.every((reference) => reference.startsWith("2026/"))).toBe(true);
  });

  it.each([
    ["pre-approved AFT", "ARBEIDSFORBEREDENDE_TRENING", "errors.tender.notTendered.PRE_APPROVED"],
    ["pre-approved VTA", "VARIG_TILRETTELAGT_ARBEID_SKJERMET", "errors.tender.notTendered.PRE_APPROVED"],
  ])("refuses a %s measure with the reason, writing nothing", async (_, code, key) => {
    const before = await counts();
    const result = await create(oslo, { measureTypeId: measure[code], regionId: osloRegionId, title: "Skal ikke lyses ut" });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: key } });
    expect(await counts()).toEqual(before);
  });

  it("refuses another region's officer and a manager (403), writing nothing", async () => {
    const before = await counts();
    for (const actor of [vestlandOfficer, manager]) {
      const result = await create(actor, { measureTypeId: measure.OPPFOLGING, regionId: osloRegionId, title: "Ikke min region" });
      expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect(await counts()).toEqual(before);
  });
});

describe("updateDraft", () => {
  let tenderId: string;
  const input = (version: number, overrides: Record<string, unknown> = {}) => ({
    tenderId, version, title: "Oppfølging Oslo sør", description: "Oppfølging for personer med sammensatte behov.",
    estimatedValue: "12 500 000", optionModel: "2+1+1", questionDeadline: "10.01.2027 12:00", deadline: "20.01.2027 kl. 12:00",
    priceWeight: "30", quality: [{ name: "Metode", description: "", weight: "45" }, { name: "Kompetanse", weight: "25" }],
    lots: [{ title: "Søndre Nordstrand", places: "40", continuousIntake: "on" }, { title: "Søndre Aker", places: "25" }],
    requirements: [{ requirement: "Godkjent HMS-system", documentation: "Egenerklæring" }],
    ...overrides,
  });

  beforeAll(async () => {
    const result = await create(oslo, { measureTypeId: measure.OPPFOLGING, regionId: osloRegionId, title: "Til redigering" });
    if (!result.ok) throw result.error;
    tenderId = result.data.id;
  });

  it("saves fields, lots, criteria and requirements exactly, with Oslo deadlines and øre", async () => {
    const result = await runCommand(updateDraft, { actor: oslo, rawInput: input(0), db: testDb.db, clock });
    if (!result.ok) throw result.error;
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId }, include: { lots: { orderBy: { number: "asc" } }, criteria: true, requirements: true } });
    expect(tender.estimatedValueOre).toBe(1_250_000_000n);
    expect(tender.deadline?.toISOString()).toBe("2027-01-20T11:00:00.000Z");
    expect(tender.version).toBe(1);
    expect(tender.lots.map((lot) => [lot.title, lot.places, lot.continuousIntake])).toEqual([["Søndre Nordstrand", 40, true], ["Søndre Aker", 25, false]]);
    expect(tender.criteria.find((criterion) => criterion.name === "Kvalitet")?.weight.toString()).toBe("70");
    expect(tender.requirements).toMatchObject([{ position: 1, requirement: "Godkjent HMS-system", documentation: "Egenerklæring" }]);
  });

  it("codes a requirement with an ESPD selection criterion; blank is a national requirement; an unknown code is a field error", async () => {
    const coded = input(1, { requirements: [{ requirement: "Erfaring med tilsvarende tiltak", documentation: "Referanseliste", espdCode: "service-perform" }, { requirement: "Godkjent HMS-system", espdCode: "" }] });
    const result = await runCommand(updateDraft, { actor: oslo, rawInput: coded, db: testDb.db, clock });
    if (!result.ok) throw result.error;
    const stored = await testDb.db.qualificationRequirement.findMany({ where: { tenderId }, orderBy: { position: "asc" } });
    expect(stored.map((r) => [r.requirement, r.espdCode])).toEqual([["Erfaring med tilsvarende tiltak", "service-perform"], ["Godkjent HMS-system", null]]);
    const version = (await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } })).version;
    // An exclusion ground or a made-up code is not a selection criterion.
    for (const espdCode of ["bankruptcy", "not-a-code"]) {
      const bad = await runCommand(updateDraft, { actor: oslo, rawInput: input(version, { requirements: [{ requirement: "Krav", espdCode }] }), db: testDb.db, clock });
      expect(bad).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { "requirements.0.espdCode": ["errors.field.espdCode"] } } } });
    }
    // Back to the plain input (no codes) for the tests below.
    const reset = await runCommand(updateDraft, { actor: oslo, rawInput: input(version), db: testDb.db, clock });
    if (!reset.ok) throw reset.error;
  });

  it("refuses a stale version (CONFLICT), another region (403) and bad values (field errors), writing nothing", async () => {
    const before = await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } });
    expect(await runCommand(updateDraft, { actor: oslo, rawInput: input(0, { title: "Gammel versjon" }), db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await runCommand(updateDraft, { actor: vestlandOfficer, rawInput: input(1), db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const bad = await runCommand(updateDraft, { actor: oslo, rawInput: input(1, { estimatedValue: "mange penger", deadline: "30.02.2027 12:00", priceWeight: "30,555", lots: [] }), db: testDb.db, clock });
    expect(bad).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    if (!bad.ok) expect(bad.error.details?.fieldErrors).toMatchObject({ estimatedValue: ["errors.field.amount"], deadline: ["errors.time.date"], priceWeight: ["errors.field.weight"], lots: ["errors.field.lotsRequired"] });
    expect(await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } })).toEqual(before);
  });

  it("refuses to edit a competition that is no longer a draft", async () => {
    await testDb.db.tender.update({ where: { id: tenderId }, data: { status: "READY" } });
    const result = await runCommand(updateDraft, { actor: oslo, rawInput: input(1), db: testDb.db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "errors.tender.notDraft" } });
  });
});
