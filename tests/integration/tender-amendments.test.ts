import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { fixedClock, type Clock } from "@/lib/clock";
import { runCommand, type Command } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import { amendTender, announceTender, approveDraft, createDraft, submitDraft, updateDraft } from "@/lib/tenders";
import { listPublicAmendments } from "@/lib/tenders/queries/public-amendments";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const drafting = fixedClock("2025-03-03T09:00:00.000Z");
const later = fixedClock("2025-03-05T09:00:00.000Z");
const A: Record<string, Actor> = {};
let osloRegionId: string;
let measureId: string;

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown, clock: Clock = drafting) =>
  runCommand(command, { actor, rawInput, db: testDb.db, clock });
const amend = (input: Record<string, unknown>, actor = A.drafter!, clock: Clock = later) => run(amendTender, actor, { reason: "Rettelse.", ...input }, clock);
const stored = (id: string) => testDb.db.tender.findUniqueOrThrow({ where: { id }, include: { criteria: { orderBy: { position: "asc" } }, amendments: true } });

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({ drafter: "innkjoper.oslo@nav.no", manager: "leder.oslo@nav.no", vestlandOfficer: "innkjoper.vestland@nav.no" })) A[key] = await actorFor(email);
  osloRegionId = (await testDb.db.region.findFirstOrThrow({ where: { name: "Nav Oslo" } })).id;
  measureId = (await testDb.db.measureType.findUniqueOrThrow({ where: { code: "OPPFOLGING" } })).id;
});

/** A Part IV competition (bid deadline Thu 20 March 2025 12:00 Oslo, questions until 10 March 12:00) at `stage`; version 4 once announced. */
async function tenderIn(stage: "DRAFT" | "ANNOUNCED") {
  const created = await run(createDraft, A.drafter!, { measureTypeId: measureId, regionId: osloRegionId, title: "Oppfølging med rettelser" });
  if (!created.ok) throw created.error;
  const id = created.data.id;
  const saved = await run(updateDraft, A.drafter!, {
    tenderId: id, version: 0, title: "Oppfølging med rettelser", description: "Oppfølging i Oslo.", estimatedValue: "12 000 000", optionModel: "2+1+1",
    questionDeadline: "10.03.2025 12:00", deadline: "20.03.2025 12:00", priceWeight: "30",
    quality: [{ name: "Metode", weight: "40" }, { name: "Kompetanse", weight: "30" }], lots: [{ title: "Oslo", places: "30" }],
  });
  if (!saved.ok) throw saved.error;
  if (stage === "DRAFT") return id;
  for (const [command, actor, version] of [[submitDraft, A.drafter!, 1], [approveDraft, A.manager!, 2], [announceTender, A.drafter!, 3]] as const) {
    const result = await run(command, actor, { tenderId: id, version });
    if (!result.ok) throw result.error;
  }
  return id;
}

/** The leaf criteria as the amendment form posts them. */
async function criteriaOf(id: string) {
  const { criteria } = await stored(id);
  return criteria.filter((criterion) => !criteria.some((child) => child.parentId === criterion.id)).map((criterion) => ({ id: criterion.id, name: criterion.name, description: criterion.description, weight: criterion.weight.toString() }));
}

describe("amending an announced competition", () => {
  it("extends the bid deadline with a reason: guarded version, numbered, audited, followers notified once each", async () => {
    const id = await tenderIn("ANNOUNCED");
    const suppliers = await testDb.db.supplier.findMany({ take: 2, orderBy: { id: "asc" } });
    await testDb.db.tenderInterest.createMany({ data: suppliers.map((supplier) => ({ tenderId: id, supplierId: supplier.id })) });
    const result = await amend({ tenderId: id, version: 4, reason: "Mer tid til å svare.", deadline: "27.03.2025 12:00" });
    expect(result).toMatchObject({ ok: true, data: { number: 1, version: 5 } });
    const tender = await stored(id);
    expect(tender).toMatchObject({ status: "ANNOUNCED", version: 5, deadline: new Date("2025-03-27T11:00:00Z") });
    expect(tender.amendments).toMatchObject([{ number: 1, summary: "Mer tid til å svare.", newDeadline: new Date("2025-03-27T11:00:00Z"), createdById: A.drafter!.userId }]);
    expect(await testDb.db.auditEvent.count({ where: { action: "tender.amended", entityId: tender.amendments[0]!.id } })).toBe(1);
    const notes = await testDb.db.notification.findMany({ where: { kind: "tender.amended", payload: { path: ["reference"], equals: tender.reference } } });
    expect(notes.map((note) => note.recipientSupplierId).sort()).toEqual(suppliers.map((supplier) => supplier.id).sort());

    const second = await amend({ tenderId: id, version: 5, reason: "Spørrefristen flyttes.", questionDeadline: "12.03.2025 12:00" });
    expect(second).toMatchObject({ ok: true, data: { number: 2 } });
    const history = await runQuery(listPublicAmendments, { actor: null, rawInput: { id }, db: testDb.db, clock: later });
    expect(history).toMatchObject({ ok: true, data: [
      { number: 1, summary: "Mer tid til å svare.", changes: { deadline: { from: "2025-03-20T11:00:00.000Z", to: "2025-03-27T11:00:00.000Z" } } },
      { number: 2, changes: { questionDeadline: { from: "2025-03-10T11:00:00.000Z", to: "2025-03-12T11:00:00.000Z" } } },
    ] });
  });

  it("needs a reason and a change; refuses a deadline earlier than the rules allow and a question deadline after the bid deadline", async () => {
    const id = await tenderIn("ANNOUNCED");
    expect(await amend({ tenderId: id, version: 4, reason: "  ", deadline: "27.03.2025 12:00" })).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { reason: ["amendments.errors.reasonRequired"] } } } });
    expect(await amend({ tenderId: id, version: 4 })).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "amendments.errors.nothingChanged" } });
    // Part IV, amended Wed 5 March: six days → day 11 March, so no earlier than 12.03.2025 00:00 Oslo.
    expect(await amend({ tenderId: id, version: 4, deadline: "11.03.2025 12:00" })).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "amendments.errors.deadlineTooEarly", details: { messageParams: { at: "12.03.2025 00:00" } } } });
    expect(await amend({ tenderId: id, version: 4, questionDeadline: "21.03.2025 12:00" })).toMatchObject({ ok: false, error: { details: { fieldErrors: { questionDeadline: ["errors.announce.questionAfterDeadline"] } } } });
    expect(await amend({ tenderId: id, version: 4, deadline: "31.02.2025 12:00" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await stored(id)).toMatchObject({ version: 4, deadline: new Date("2025-03-20T11:00:00Z"), amendments: [] });
    // Earlier, but within the rules: allowed (no bid is lost by it, and bidders get six days' warning).
    expect(await amend({ tenderId: id, version: 4, deadline: "14.03.2025 12:00", questionDeadline: "07.03.2025 12:00" })).toMatchObject({ ok: true });
  });

  it("another region's officer and a manager are FORBIDDEN; nothing is written", async () => {
    const id = await tenderIn("ANNOUNCED");
    for (const actor of [A.vestlandOfficer!, A.manager!]) {
      expect(await amend({ tenderId: id, version: 4, deadline: "27.03.2025 12:00" }, actor)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect(await stored(id)).toMatchObject({ version: 4, amendments: [] });
    expect(await testDb.db.auditEvent.count({ where: { action: "tender.amended", chain: `tender:${id}` } })).toBe(0);
  });

  it("a draft cannot be amended (INVALID_STATE), nor a competition whose deadline has passed (DEADLINE_PASSED)", async () => {
    const draft = await tenderIn("DRAFT");
    expect(await amend({ tenderId: draft, version: 1, deadline: "27.03.2025 12:00" })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "amendments.errors.notAnnounced" } });
    const id = await tenderIn("ANNOUNCED");
    expect(await amend({ tenderId: id, version: 4, deadline: "27.04.2025 12:00" }, A.drafter!, fixedClock("2025-03-20T11:00:00.000Z"))).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED" } });
    expect(await stored(id)).toMatchObject({ version: 4, amendments: [] });
  });

  it("criteria: names, descriptions and weights change before any bid (weights still 100), and the deadline must be extended", async () => {
    const id = await tenderIn("ANNOUNCED");
    const criteria = await criteriaOf(id);
    const changed = criteria.map((criterion) => (criterion.name === "Metode" ? { ...criterion, name: "Metode og plan", weight: "35" } : criterion.name === "Kompetanse" ? { ...criterion, description: "Veiledernes kompetanse.", weight: "35" } : criterion));
    expect(await amend({ tenderId: id, version: 4, changeCriteria: "on", criteria: changed })).toMatchObject({ ok: false, error: { messageKey: "amendments.errors.mustExtend" } });
    const off = changed.map((criterion) => (criterion.name === "Metode og plan" ? { ...criterion, weight: "40" } : criterion));
    expect(await amend({ tenderId: id, version: 4, changeCriteria: "on", criteria: off, deadline: "27.03.2025 12:00" })).toMatchObject({ ok: false, error: { details: { fieldErrors: { criteria: ["errors.announce.weightsNot100"] } } } });
    expect(await amend({ tenderId: id, version: 4, changeCriteria: "on", criteria: changed.slice(1), deadline: "27.03.2025 12:00" })).toMatchObject({ ok: false, error: { messageKey: "amendments.errors.criteriaIncomplete" } });

    expect(await amend({ tenderId: id, version: 4, changeCriteria: "on", criteria: changed, deadline: "27.03.2025 12:00" })).toMatchObject({ ok: true });
    const tender = await stored(id);
    const byName = Object.fromEntries(tender.criteria.map((criterion) => [criterion.name, criterion]));
    expect(byName["Metode og plan"]!.weight.toString()).toBe("35");
    expect(byName["Kompetanse"]).toMatchObject({ description: "Veiledernes kompetanse." });
    expect(byName["Kvalitet"]!.weight.toString()).toBe("70");
    expect(tender.amendments[0]!.changes).toMatchObject({ criteria: expect.arrayContaining([{ id: expect.any(String), name: "Metode", field: "name", from: "Metode", to: "Metode og plan" }, expect.objectContaining({ field: "weight", from: "40", to: "35" })]) });
  });

  it("criteria are refused once a bid has been submitted (checked in the write); nothing changes", async () => {
    const id = await tenderIn("ANNOUNCED");
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id }, include: { lots: true } });
    const supplier = await testDb.db.supplier.findFirstOrThrow();
    await testDb.db.bid.create({ data: { tenderId: id, lotId: tender.lots[0]!.id, supplierId: supplier.id, status: "SUBMITTED", submittedAt: new Date("2025-03-04T10:00:00Z") } });
    const changed = (await criteriaOf(id)).map((criterion) => (criterion.name === "Metode" ? { ...criterion, name: "Ny metode" } : criterion));
    expect(await amend({ tenderId: id, version: 4, changeCriteria: "on", criteria: changed, deadline: "27.03.2025 12:00" })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "amendments.errors.criteriaAfterBid" } });
    expect(await stored(id)).toMatchObject({ version: 4, deadline: new Date("2025-03-20T11:00:00Z"), amendments: [] });
    expect((await stored(id)).criteria.map((criterion) => criterion.name)).toContain("Metode");
    // Deadlines may still be corrected.
    expect(await amend({ tenderId: id, version: 4, deadline: "27.03.2025 12:00" })).toMatchObject({ ok: true });
  });

  it("two amendments on the same version at once: one wins, the other is a CONFLICT and leaves no trace", async () => {
    const id = await tenderIn("ANNOUNCED");
    const results = await Promise.all([
      amend({ tenderId: id, version: 4, reason: "Første.", deadline: "27.03.2025 12:00" }),
      amend({ tenderId: id, version: 4, reason: "Andre.", deadline: "28.03.2025 12:00" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toMatchObject([{ error: { code: "CONFLICT" } }]);
    const tender = await stored(id);
    expect(tender.version).toBe(5);
    expect(tender.amendments).toHaveLength(1);
    expect(tender.deadline).toEqual(tender.amendments[0]!.newDeadline);
    expect(await testDb.db.auditEvent.count({ where: { action: "tender.amended", chain: `tender:${id}` } })).toBe(1);
    // A stale version later is a CONFLICT too.
    expect(await amend({ tenderId: id, version: 4, deadline: "29.03.2025 12:00" })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});
