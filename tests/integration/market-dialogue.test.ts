import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import { convertDialogue, createDialogue, publishDialogue, respondToDialogue, updateDialogue } from "@/lib/dialogues";
import { publicDialogueJson } from "@/lib/dialogues/public-json";
import { getDialogueForOfficer, listDialoguesInScope, listDialoguesOfTender } from "@/lib/dialogues/queries/officer-dialogues";
import { listOwnResponses } from "@/lib/dialogues/queries/own-responses";
import { getPublishedDialogue, listPublishedDialogues } from "@/lib/dialogues/queries/published-dialogues";
import { runCommand, type Command } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import { announceTender, approveDraft, submitDraft, updateDraft } from "@/lib/tenders";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
// Monday 1 March 2027, 10:00 UTC (11:00 Oslo): after every seeded instant.
const START = "2027-03-01T10:00:00.000Z";
const clock = fixedClock(START);
const A: Record<string, Actor> = {};
const S: Record<string, string> = {};
let osloRegionId: string;
let measure: Record<string, string>;

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <Sc extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<Sc, R, O>, actor: Actor, rawInput: unknown) =>
  runCommand(command, { actor, rawInput, db: testDb.db, clock });
const counts = async () => ({
  dialogues: await testDb.db.marketDialogue.count(),
  responses: await testDb.db.dialogueResponse.count(),
  tenders: await testDb.db.tender.count(),
  audits: await testDb.db.auditEvent.count(),
  notifications: await testDb.db.notification.count(),
});
const stored = (id: string) => testDb.db.marketDialogue.findUniqueOrThrow({ where: { id } });

// 14 April 2027 12:00 Oslo (CEST) = 10:00 UTC
const DEADLINE = new Date("2027-04-14T10:00:00.000Z");
const fields = (overrides: Record<string, unknown> = {}) => ({
  title: "Avklaring for unge i Oslo",
  description: "Nav Oslo planlegger kjøp av avklaring og vil høre fra markedet.",
  measureTypeId: measure.AVKLARING,
  regionId: osloRegionId,
  meetingAt: "20.03.2027 kl. 13:00",
  meetingPlace: "https://teams.example.com/m/1",
  responseDeadline: "14.04.2027 kl. 12:00",
  plannedAnnouncement: "01.06.2027",
  ...overrides,
});

async function draftDialogue(overrides: Record<string, unknown> = {}) {
  clock.set(START);
  const result = await run(createDialogue, A.oslo!, fields(overrides));
  if (!result.ok) throw result.error;
  return result.data.id;
}

async function publishedDialogue(overrides: Record<string, unknown> = {}) {
  const id = await draftDialogue(overrides);
  const result = await run(publishDialogue, A.oslo!, { dialogueId: id, version: 0 });
  if (!result.ok) throw result.error;
  return id;
}

const answer = (dialogueId: string, supplier: string, text = "Vi kan levere avklaring i hele Oslo.", interested: unknown = "on") => ({ dialogueId, supplierId: S[supplier], text, interested });

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  const emails = {
    oslo: "innkjoper.oslo@nav.no", vestland: "innkjoper.vestland@nav.no", manager: "leder.oslo@nav.no", evaluator: "fagperson@nav.no",
    jobbveien: "post@jobbveien.no", arbeidsglede: "post@arbeidsglede.no", bergen: "post@bergeninkludering.no",
  };
  for (const [key, email] of Object.entries(emails)) A[key] = await actorFor(email);
  for (const key of ["jobbveien", "arbeidsglede", "bergen"]) S[key] = A[key]!.memberships[0]!.supplierId!;
  osloRegionId = (await testDb.db.region.findFirstOrThrow({ where: { name: "Nav Oslo" } })).id;
  measure = Object.fromEntries((await testDb.db.measureType.findMany()).map((type) => [type.code, type.id]));
});

describe("the seeded demo", () => {
  it("has one open dialogue with two answers and one converted into a draft that points back", async () => {
    const dialogues = await testDb.db.marketDialogue.findMany({ include: { responses: true, tender: { include: { dialogue: true } } } });
    const open = dialogues.filter((d) => d.status === "PUBLISHED");
    expect(open).toHaveLength(1);
    expect(open[0]!.responses).toHaveLength(2);
    const converted = dialogues.filter((d) => d.status === "CONVERTED");
    expect(converted).toHaveLength(1);
    expect(converted[0]!.tender).toMatchObject({ status: "DRAFT", title: converted[0]!.title, description: converted[0]!.description });
    expect(converted[0]!.tender?.dialogue?.id).toBe(converted[0]!.id);
  });
});

describe("createDialogue and updateDialogue", () => {
  it("an officer drafts a dialogue in the region: Oslo times, reference, audit on the dialogue's chain", async () => {
    const id = await draftDialogue();
    const dialogue = await stored(id);
    expect(dialogue).toMatchObject({ status: "DRAFT", regionId: osloRegionId, createdById: A.oslo!.userId, version: 0, meetingPlace: "https://teams.example.com/m/1" });
    expect(dialogue.reference).toMatch(/^MD-2027\/\d{4}$/);
    expect(dialogue.responseDeadline.toISOString()).toBe(DEADLINE.toISOString());
    expect(dialogue.meetingAt?.toISOString()).toBe("2027-03-20T12:00:00.000Z");
    expect(dialogue.plannedAnnouncement?.toISOString().slice(0, 10)).toBe("2027-06-01");
    expect(await testDb.db.auditEvent.count({ where: { chain: `dialogue:${id}`, action: "dialogue.created" } })).toBe(1);
  });

  it("refuses another region's officer, a manager and an evaluator (403), bad input and a measure that is not tendered, writing nothing", async () => {
    const before = await counts();
    for (const actor of [A.vestland!, A.manager!, A.evaluator!, A.jobbveien!]) {
      expect(await run(createDialogue, actor, fields())).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect(await run(createDialogue, A.oslo!, fields({ responseDeadline: "31.02.2027 12:00", title: "" }))).toMatchObject({
      ok: false, error: { code: "VALIDATION", details: { fieldErrors: { responseDeadline: ["errors.time.date"], title: ["errors.field.titleTooShort"] } } },
    });
    expect(await run(createDialogue, A.oslo!, fields({ measureTypeId: measure.ARBEIDSFORBEREDENDE_TRENING }))).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "errors.tender.notTendered.PRE_APPROVED" } });
    expect(await run(createDialogue, A.oslo!, fields({ regionId: "no-such-region" }))).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await counts()).toEqual(before);
  });

  it("edits a draft from the version seen; another region's officer (403), a stale version (CONFLICT) and a published one (INVALID_STATE) change nothing", async () => {
    const id = await draftDialogue();
    const edit = (actor: Actor, version: number, title: string) => run(updateDialogue, actor, { ...fields({ title }), dialogueId: id, version });
    expect((await edit(A.oslo!, 0, "Avklaring, nytt navn")).ok).toBe(true);
    expect(await stored(id)).toMatchObject({ title: "Avklaring, nytt navn", version: 1 });
    const before = await counts();
    expect(await edit(A.vestland!, 1, "Ikke min")).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await edit(A.oslo!, 0, "Gammel versjon")).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect((await run(publishDialogue, A.oslo!, { dialogueId: id, version: 1 })).ok).toBe(true);
    const published = await counts();
    expect(published.audits).toBe(before.audits + 1);
    expect(await edit(A.oslo!, 2, "Etter publisering")).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "dialogue.errors.notDraft" } });
    expect(await stored(id)).toMatchObject({ title: "Avklaring, nytt navn", status: "PUBLISHED", version: 2 });
    expect(await counts()).toEqual(published);
  });
});

describe("publishDialogue", () => {
  it("publishes a draft of the region once; another region (403), a second time (INVALID_STATE) and a passed deadline are refused", async () => {
    const id = await draftDialogue();
    const before = await counts();
    expect(await run(publishDialogue, A.vestland!, { dialogueId: id, version: 0 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await counts()).toEqual(before);
    expect(await run(publishDialogue, A.oslo!, { dialogueId: id, version: 0 })).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    expect(await stored(id)).toMatchObject({ status: "PUBLISHED", publishedAt: new Date(START), version: 1 });
    expect(await run(publishDialogue, A.oslo!, { dialogueId: id, version: 1 })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });

    const late = await draftDialogue();
    clock.set(DEADLINE);
    const result = await run(publishDialogue, A.oslo!, { dialogueId: late, version: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "dialogue.errors.deadlineNotAhead", details: { messageParams: { at: "14.04.2027 kl. 12:00" } } } });
    expect(await stored(late)).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(await run(publishDialogue, A.oslo!, { dialogueId: "unknown", version: 0 })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("respondToDialogue", () => {
  let id: string;
  beforeAll(async () => {
    id = await publishedDialogue();
  });

  it("takes an answer 1 ms before the deadline and refuses one at the deadline, stating it in Oslo time", async () => {
    clock.set(new Date(DEADLINE.getTime() - 1));
    const first = await run(respondToDialogue, A.jobbveien!, answer(id, "jobbveien"));
    expect(first).toMatchObject({ ok: true, data: { updated: false } });
    clock.set(DEADLINE);
    const before = await counts();
    const late = await run(respondToDialogue, A.arbeidsglede!, answer(id, "arbeidsglede"));
    expect(late).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED", messageKey: "dialogue.errors.responseDeadlinePassed", details: { messageParams: { at: "14.04.2027 kl. 12:00" } } } });
    const lateUpdate = await run(respondToDialogue, A.jobbveien!, answer(id, "jobbveien", "For sent endret"));
    expect(lateUpdate).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED" } });
    expect(await counts()).toEqual(before);
    clock.set(START);
  });

  it("one answer per organisation: a second one updates it (text, interest, who and when), audited each time", async () => {
    clock.set(START);
    await run(respondToDialogue, A.arbeidsglede!, answer(id, "arbeidsglede", "Første svar"));
    clock.advance(60_000);
    const again = await run(respondToDialogue, A.arbeidsglede!, answer(id, "arbeidsglede", "Endret svar", false));
    expect(again).toMatchObject({ ok: true, data: { updated: true } });
    const rows = await testDb.db.dialogueResponse.findMany({ where: { dialogueId: id, supplierId: S.arbeidsglede } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ text: "Endret svar", interested: false, submittedAt: new Date(START), updatedAt: new Date(Date.parse(START) + 60_000) });
    expect(await testDb.db.auditEvent.count({ where: { chain: `dialogue:${id}`, action: { in: ["dialogue.responded", "dialogue.response_updated"] }, entityId: rows[0]!.id } })).toBe(2);
  });

  it("refuses answering for another organisation, officers, drafts (404), too long text and unknown ids, writing nothing", async () => {
    clock.set(START);
    const draft = await draftDialogue();
    const before = await counts();
    expect(await run(respondToDialogue, A.jobbveien!, answer(id, "bergen"))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(respondToDialogue, A.oslo!, answer(id, "jobbveien"))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(respondToDialogue, A.jobbveien!, answer(draft, "jobbveien"))).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await run(respondToDialogue, A.jobbveien!, answer(id, "jobbveien", "x".repeat(4001)))).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { text: ["dialogue.errors.responseTooLong"] } } } });
    expect(await run(respondToDialogue, A.jobbveien!, { ...answer(id, "jobbveien"), supplierId: "nobody" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(respondToDialogue, A.jobbveien!, answer("unknown", "jobbveien"))).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await counts()).toEqual(before);
  });

  it("answers are the region's officers' alone: never public, never another supplier's", async () => {
    clock.set(START);
    await run(respondToDialogue, A.bergen!, answer(id, "bergen", "Hemmelig innspill fra Bergen"));
    const officer = await runQuery(getDialogueForOfficer, { actor: A.oslo!, rawInput: { id }, db: testDb.db, clock });
    if (!officer.ok || !officer.data) throw new Error("officer read failed");
    expect(officer.data.responses.map((r) => r.supplier.name).length).toBe(3);

    expect(await runQuery(getDialogueForOfficer, { actor: A.vestland!, rawInput: { id }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runQuery(getDialogueForOfficer, { actor: A.jobbveien!, rawInput: { id }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runQuery(listDialoguesInScope, { actor: A.jobbveien!, rawInput: undefined, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const vestlandList = await runQuery(listDialoguesInScope, { actor: A.vestland!, rawInput: undefined, db: testDb.db, clock });
    expect(vestlandList.ok && vestlandList.data.some((d) => d.id === id)).toBe(false);

    const own = await runQuery(listOwnResponses, { actor: A.jobbveien!, rawInput: { dialogueId: id }, db: testDb.db, clock });
    expect(own.ok && own.data.map((r) => r.supplierId)).toEqual([S.jobbveien]);

    for (const actor of [null, A.jobbveien!]) {
      const published = await runQuery(getPublishedDialogue, { actor, rawInput: { id }, db: testDb.db, clock });
      if (!published.ok || !published.data) throw new Error("public read failed");
      const json = JSON.stringify([published.data, publicDialogueJson(published.data, clock.now())]);
      expect(json).not.toContain("Hemmelig innspill");
      expect(json).not.toContain("responses");
      expect(json).not.toContain(S.bergen!);
    }
  });
});

describe("convertDialogue", () => {
  it("another region's officer (403) and a draft dialogue (INVALID_STATE) write nothing", async () => {
    const id = await publishedDialogue();
    const draft = await draftDialogue();
    const before = await counts();
    expect(await run(convertDialogue, A.vestland!, { dialogueId: id, version: 1 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(convertDialogue, A.manager!, { dialogueId: id, version: 1 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(convertDialogue, A.oslo!, { dialogueId: draft, version: 0 })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "dialogue.errors.notPublished" } });
    expect(await run(convertDialogue, A.oslo!, { dialogueId: id, version: 0 })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await counts()).toEqual(before);
    expect(await stored(id)).toMatchObject({ status: "PUBLISHED", tenderId: null });
  });

  it("makes a draft through createDraft (template, lot, reference), linked both ways; answers stop; a second conversion is refused", async () => {
    const id = await publishedDialogue({ title: "Avklaring som blir konkurranse", description: "Beskrivelsen følger med." });
    await run(respondToDialogue, A.jobbveien!, answer(id, "jobbveien"));
    const result = await run(convertDialogue, A.oslo!, { dialogueId: id, version: 1 });
    if (!result.ok) throw result.error;
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id: result.data.tenderId }, include: { lots: true, criteria: true, dialogue: true } });
    expect(tender).toMatchObject({ status: "DRAFT", title: "Avklaring som blir konkurranse", description: "Beskrivelsen følger med.", measureTypeId: measure.AVKLARING, regionId: osloRegionId, createdById: A.oslo!.userId });
    expect(tender.reference).toMatch(/^2027\/\d{4}$/);
    expect(tender.lots).toMatchObject([{ number: 1, title: "Nav Oslo" }]);
    expect(tender.criteria.filter((c) => c.parentId === null).map((c) => c.weight.toString()).sort()).toEqual(["30", "70"]);
    expect(tender.dialogue?.id).toBe(id);
    expect(await stored(id)).toMatchObject({ status: "CONVERTED", tenderId: tender.id, convertedAt: new Date(START), version: 2 });
    expect(await testDb.db.auditEvent.count({ where: { chain: `tender:${tender.id}`, action: "tender.draft_created" } })).toBe(1);
    expect(await testDb.db.auditEvent.count({ where: { chain: `dialogue:${id}`, action: "dialogue.converted" } })).toBe(1);

    const links = await runQuery(listDialoguesOfTender, { actor: A.oslo!, rawInput: { tenderId: tender.id }, db: testDb.db, clock });
    expect(links.ok && links.data.map((d) => d.id)).toEqual([id]);

    const before = await counts();
    expect(await run(convertDialogue, A.oslo!, { dialogueId: id, version: 2 })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "dialogue.errors.alreadyConverted" } });
    expect(await run(respondToDialogue, A.arbeidsglede!, answer(id, "arbeidsglede"))).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "dialogue.errors.converted" } });
    expect(await counts()).toEqual(before);

    const published = await runQuery(getPublishedDialogue, { actor: null, rawInput: { id }, db: testDb.db, clock });
    expect(published.ok && published.data && publicDialogueJson(published.data, clock.now())).toMatchObject({ phase: "CONVERTED", tender: null });
  });

  it("an answer racing a conversion is either in before it (and counted) or refused, never after it", async () => {
    for (let round = 0; round < 4; round++) {
      const id = await publishedDialogue({ title: `Kappløp ${round}` });
      const [converted, answered] = await Promise.all([
        run(convertDialogue, A.oslo!, { dialogueId: id, version: 1 }),
        run(respondToDialogue, A.jobbveien!, answer(id, "jobbveien")),
      ]);
      expect(converted.ok).toBe(true);
      const rows = await testDb.db.dialogueResponse.count({ where: { dialogueId: id } });
      const audit = await testDb.db.auditEvent.findFirstOrThrow({ where: { chain: `dialogue:${id}`, action: "dialogue.converted" } });
      if (answered.ok) expect([rows, (audit.after as { interested: number }).interested]).toEqual([1, 1]);
      else expect([answered.error.messageKey, rows, (audit.after as { interested: number }).interested]).toEqual(["dialogue.errors.converted", 0, 0]);
    }
  });

  it("when the competition is announced, the organisations that registered interest follow it and are told, once each", async () => {
    clock.set("2027-03-01T09:00:00.000Z");
    const id = await publishedDialogue({ title: "Avklaring til kunngjøring" });
    await run(respondToDialogue, A.jobbveien!, answer(id, "jobbveien"));
    await run(respondToDialogue, A.arbeidsglede!, answer(id, "arbeidsglede", "Ikke for oss", false));
    await run(respondToDialogue, A.bergen!, answer(id, "bergen"));
    const converted = await run(convertDialogue, A.oslo!, { dialogueId: id, version: 1 });
    if (!converted.ok) throw converted.error;
    const tenderId = converted.data.tenderId;
    expect(await testDb.db.notification.count({ where: { kind: "dialogue.tender-announced" } })).toBe(0);

    const saved = await run(updateDraft, A.oslo!, {
      tenderId, version: 0, title: "Avklaring til kunngjøring", description: "Avklaring i Oslo.", estimatedValue: "12 000 000", optionModel: "2+1+1",
      questionDeadline: "20.04.2027 12:00", deadline: "10.05.2027 12:00", priceWeight: "30", quality: [{ name: "Metode", weight: "70" }], lots: [{ title: "Oslo", places: "30" }],
    });
    if (!saved.ok) throw saved.error;
    for (const [command, actor, version] of [[submitDraft, A.oslo!, 1], [approveDraft, A.manager!, 2], [announceTender, A.oslo!, 3]] as const) {
      const step = await run(command, actor, { tenderId, version });
      if (!step.ok) throw step.error;
    }
    const notes = await testDb.db.notification.findMany({ where: { kind: "dialogue.tender-announced" }, orderBy: { recipientSupplierId: "asc" } });
    expect(notes.map((n) => n.recipientSupplierId)).toEqual([S.bergen, S.jobbveien].sort());
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } });
    expect(notes[0]!.payload).toEqual({ path: `/kunngjoringer/${tenderId}`, reference: tender.reference, dialogueReference: (await stored(id)).reference, dialogueTitle: "Avklaring til kunngjøring" });
    const interests = await testDb.db.tenderInterest.findMany({ where: { tenderId }, orderBy: { supplierId: "asc" } });
    expect(interests.map((i) => i.supplierId)).toEqual([S.bergen, S.jobbveien].sort());

    const published = await runQuery(getPublishedDialogue, { actor: null, rawInput: { id }, db: testDb.db, clock });
    expect(published.ok && published.data && publicDialogueJson(published.data, clock.now()).tender).toMatchObject({ id: tenderId, path: `/kunngjoringer/${tenderId}` });
  });
});

describe("the public list", () => {
  it("lists published and converted dialogues, open ones first, never drafts; pages; refuses a page size over 100", async () => {
    clock.set(START);
    const all = await runQuery(listPublishedDialogues, { actor: null, rawInput: { pageSize: "100" }, db: testDb.db, clock });
    if (!all.ok) throw all.error;
    const statuses = await testDb.db.marketDialogue.findMany({ where: { id: { in: all.data.items.map((d) => d.id) } }, select: { status: true } });
    expect(statuses.every((d) => d.status !== "DRAFT")).toBe(true);
    expect(all.data.total).toBe(await testDb.db.marketDialogue.count({ where: { status: { not: "DRAFT" } } }));
    const phases = all.data.items.map((d) => d.status === "PUBLISHED" && d.responseDeadline > clock.now());
    expect(phases).toEqual([...phases].sort((a, b) => Number(b) - Number(a)));
    const second = await runQuery(listPublishedDialogues, { actor: null, rawInput: { page: "2", pageSize: "1" }, db: testDb.db, clock });
    expect(second.ok && second.data.items[0]?.id).toBe(all.data.items[1]?.id);
    const open = await runQuery(listPublishedDialogues, { actor: null, rawInput: { open: "true" }, db: testDb.db, clock });
    expect(open.ok && open.data.items.every((d) => d.status === "PUBLISHED" && d.responseDeadline > clock.now())).toBe(true);
    expect(await runQuery(listPublishedDialogues, { actor: null, rawInput: { pageSize: "1000" }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});
