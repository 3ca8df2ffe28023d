import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import { runCommand, type Command } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import { answerQuestion, askQuestion, publishAnswer, registerInterest, withdrawInterest } from "@/lib/tenders";
import { followersOf } from "@/lib/tenders/followers";
import { publicTenderJson } from "@/lib/tenders/public-json";
import { listMyQuestions } from "@/lib/tenders/queries/my-questions";
import { getTenderQuestions } from "@/lib/tenders/queries/officer-questions";
import { getPortalTender } from "@/lib/tenders/queries/portal-tender";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
/** The question deadline every test below judges against (14:00 Oslo summer time). */
const DEADLINE = new Date("2026-09-10T12:00:00.000Z");
const clock = fixedClock(new Date(DEADLINE.getTime() - 86_400_000));
const A: Record<string, Actor> = {};
const T: Record<string, { id: string; reference: string; version: number }> = {};
let supplierA: string;
let supplierB: string;

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown) =>
  runCommand(command, { actor, rawInput, db: testDb.db, clock });
const tenderRef = (reference: string) => testDb.db.tender.findUniqueOrThrow({ where: { reference }, select: { id: true, reference: true, version: true } });
const counts = async () => ({
  questions: await testDb.db.question.count(),
  answers: await testDb.db.answer.count(),
  interests: await testDb.db.tenderInterest.count(),
  notifications: await testDb.db.notification.count(),
  audit: await testDb.db.auditEvent.count(),
});
const ask = (actor: Actor, tenderId: string, text = "Kan vi levere tiltaket i lokaler i nabokommunen?") => run(askQuestion, actor, { tenderId, text });

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({
    supplierA: "post@jobbveien.no", supplierB: "post@arbeidsglede.no", officer: "innkjoper.oslo@nav.no", vestland: "innkjoper.vestland@nav.no",
  })) A[key] = await actorFor(email);
  supplierA = A.supplierA!.memberships[0]!.supplierId!;
  supplierB = A.supplierB!.memberships[0]!.supplierId!;
  T.open = await tenderRef("2026/0133");
  T.other = await tenderRef("2026/0121");
  T.draft = await tenderRef("2026/0141");
  T.cancelled = await tenderRef("2026/0090");
  await testDb.db.tender.updateMany({ where: { id: { in: [T.open.id, T.other.id] } }, data: { questionDeadline: DEADLINE } });
});

describe("registered interest", () => {
  it("a supplier registers its organisation once, and can withdraw; the audit says so", async () => {
    const first = await run(registerInterest, A.supplierA!, { tenderId: T.open!.id });
    expect(first).toMatchObject({ ok: true, data: { registered: true, supplierId: supplierA } });
    const before = await counts();
    expect(await run(registerInterest, A.supplierA!, { tenderId: T.open!.id })).toMatchObject({ ok: true });
    expect(await counts()).toEqual(before);
    expect(await testDb.db.tenderInterest.count({ where: { tenderId: T.open!.id, supplierId: supplierA } })).toBe(1);
    expect(await followersOf(testDb.db, T.open!.id)).toContain(supplierA);

    expect(await run(withdrawInterest, A.supplierA!, { tenderId: T.open!.id })).toMatchObject({ ok: true, data: { registered: false } });
    expect(await testDb.db.tenderInterest.count({ where: { tenderId: T.open!.id, supplierId: supplierA } })).toBe(0);
    expect(await testDb.db.auditEvent.count({ where: { action: { in: ["tender.interest_registered", "tender.interest_withdrawn"] }, chain: `tender:${T.open!.id}` } })).toBe(2);
  });

  it("is refused for an officer, for another organisation, on a draft and on a cancelled competition — nothing written", async () => {
    const before = await counts();
    expect(await run(registerInterest, A.officer!, { tenderId: T.open!.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(registerInterest, A.supplierA!, { tenderId: T.open!.id, supplierId: supplierB })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(registerInterest, A.supplierA!, { tenderId: T.draft!.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(registerInterest, A.supplierA!, { tenderId: T.cancelled!.id })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
    expect(await run(registerInterest, A.supplierA!, { tenderId: "no-such-tender" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await counts()).toEqual(before);
  });
});

describe("asking", () => {
  it("stores the question for the actor's organisation and tells the drafter once", async () => {
    const asked = await ask(A.supplierA!, T.open!.id);
    expect(asked.ok).toBe(true);
    if (!asked.ok) return;
    expect(await testDb.db.question.findUniqueOrThrow({ where: { id: asked.data.id } })).toMatchObject({
      tenderId: T.open!.id, supplierId: supplierA, askedById: A.supplierA!.userId, askedAt: clock.now(), publicText: null, publicNumber: null,
    });
    const drafter = (await testDb.db.tender.findUniqueOrThrow({ where: { id: T.open!.id } })).createdById;
    const notes = await testDb.db.notification.findMany({ where: { kind: "tender.question-asked", createdAt: clock.now() } });
    expect(notes.map((note) => note.recipientUserId)).toEqual([drafter]);
    expect(notes[0]!.payload).toEqual({ path: `/anskaffelser/${T.open!.id}`, reference: T.open!.reference });
  });

  it("accepts a question 1 ms before the deadline and refuses one at the deadline, stating it in Oslo time, storing nothing", async () => {
    clock.set(new Date(DEADLINE.getTime() - 1));
    expect((await ask(A.supplierB!, T.open!.id, "Siste spørsmål før fristen")).ok).toBe(true);
    clock.set(DEADLINE);
    const before = await counts();
    const refused = await ask(A.supplierB!, T.open!.id, "For sent");
    expect(refused).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED", messageKey: "questions.errors.deadlinePassed", details: { messageParams: { at: "10.09.2026 kl. 14:00" } } } });
    clock.advance(60_000);
    expect(await ask(A.supplierB!, T.open!.id, "Enda senere")).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED" } });
    expect(await counts()).toEqual(before);
    clock.set(new Date(DEADLINE.getTime() - 86_400_000));
  });

  it("is refused on a draft (not published), a cancelled competition, for an officer and for another organisation; bad input is VALIDATION", async () => {
    const before = await counts();
    expect(await ask(A.supplierA!, T.draft!.id)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await ask(A.supplierA!, T.cancelled!.id)).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "questions.errors.notOpen" } });
    expect(await ask(A.officer!, T.open!.id)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(askQuestion, A.supplierA!, { tenderId: T.open!.id, supplierId: supplierB, text: "På vegne av andre" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(askQuestion, A.supplierA!, { tenderId: T.open!.id, text: "   " })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await run(askQuestion, A.supplierA!, { tenderId: T.open!.id, text: "x".repeat(4001) })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await run(askQuestion, A.supplierA!, { tenderId: ["x"], text: 3 })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["a cancellation", { status: "CANCELLED" as const }, "INVALID_STATE"],
    ["an earlier question deadline", { questionDeadline: new Date("2026-09-01T00:00:00Z") }, "DEADLINE_PASSED"],
  ])("cannot race %s committing while it waits: the insert sees the committed row", async (_name, change, code) => {
    const questions = await testDb.db.question.count({ where: { tenderId: T.other!.id } });
    let pending: ReturnType<typeof ask> | undefined;
    const original = await testDb.db.tender.findUniqueOrThrow({ where: { id: T.other!.id }, select: { status: true, questionDeadline: true } });
    await testDb.db.$transaction(async (tx) => {
      await tx.tender.update({ where: { id: T.other!.id }, data: change });
      // The ask runs on another connection and must wait for this row, then judge the committed state.
      pending = ask(A.supplierB!, T.other!.id, "Midt i en endring");
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    expect(await pending).toMatchObject({ ok: false, error: { code } });
    expect(await testDb.db.question.count({ where: { tenderId: T.other!.id } })).toBe(questions);
    await testDb.db.tender.update({ where: { id: T.other!.id }, data: original });
  });

  it("many organisations asking at once right before the deadline all get their question stored, none lost", async () => {
    clock.set(new Date(DEADLINE.getTime() - 1));
    const before = await testDb.db.question.count({ where: { tenderId: T.other!.id } });
    const results = await Promise.all(Array.from({ length: 8 }, (_, index) => ask(index % 2 ? A.supplierA! : A.supplierB!, T.other!.id, `Samtidig spørsmål ${index}`)));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await testDb.db.question.count({ where: { tenderId: T.other!.id } })).toBe(before + 8);
    clock.set(new Date(DEADLINE.getTime() - 86_400_000));
  });
});

describe("answering and publishing", () => {
  async function freshQuestion(text = "Vi i Jobbveien AS lurer på om Oslo sentrum er ett oppmøtested?") {
    const asked = await ask(A.supplierA!, T.open!.id, text);
    if (!asked.ok) throw asked.error;
    return asked.data.id;
  }

  it("another region's officer and a supplier cannot answer or publish; nothing is written", async () => {
    const id = await freshQuestion();
    const before = await counts();
    const answer = { questionId: id, publicText: "Er Oslo sentrum ett oppmøtested?", answer: "Ja." };
    expect(await run(answerQuestion, A.vestland!, answer)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(answerQuestion, A.supplierA!, answer)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(publishAnswer, A.vestland!, { questionId: id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(publishAnswer, A.officer!, { questionId: id })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "questions.errors.noAnswer" } });
    expect(await run(answerQuestion, A.officer!, { ...answer, answer: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await counts()).toEqual(before);
  });

  it("the officer saves, edits and publishes; the number follows the published ones; every follower and the asker are told once", async () => {
    const id = await freshQuestion();
    await run(registerInterest, A.supplierA!, { tenderId: T.open!.id });
    await run(registerInterest, A.supplierB!, { tenderId: T.open!.id });
    expect(await run(answerQuestion, A.officer!, { questionId: id, publicText: "Er Oslo sentrum ett oppmøtested?", answer: "Utkast" })).toMatchObject({ ok: true });
    expect(await run(answerQuestion, A.officer!, { questionId: id, publicText: "Er Oslo sentrum ett oppmøtested?", answer: "Ja, Oslo sentrum regnes som ett oppmøtested." })).toMatchObject({ ok: true });
    expect(await testDb.db.answer.findUniqueOrThrow({ where: { questionId: id } })).toMatchObject({ text: "Ja, Oslo sentrum regnes som ett oppmøtested.", publishedAt: null, answeredById: A.officer!.userId });

    const previous = (await testDb.db.question.aggregate({ where: { tenderId: T.open!.id }, _max: { publicNumber: true } }))._max.publicNumber ?? 0;
    const followers = await followersOf(testDb.db, T.open!.id);
    clock.advance(1000);
    const published = await run(publishAnswer, A.officer!, { questionId: id });
    expect(published).toMatchObject({ ok: true, data: { number: previous + 1 } });
    const notes = await testDb.db.notification.findMany({ where: { kind: "tender.question-answered", createdAt: clock.now() } });
    const recipients = notes.map((note) => note.recipientSupplierId);
    expect(recipients.sort()).toEqual([...new Set([...followers, supplierA])].sort());
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(notes[0]!.payload).toEqual({ path: `/kunngjoringer/${T.open!.id}`, reference: T.open!.reference, number: previous + 1 });

    const before = await counts();
    expect(await run(publishAnswer, A.officer!, { questionId: id })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
    expect(await run(answerQuestion, A.officer!, { questionId: id, publicText: "Endret", answer: "Endret" })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "questions.errors.alreadyPublished" } });
    expect(await counts()).toEqual(before);
  });

  it("two publications at once take different numbers", async () => {
    const ids = [await freshQuestion("Første samtidige"), await freshQuestion("Andre samtidige")];
    for (const questionId of ids) await run(answerQuestion, A.officer!, { questionId, publicText: "Spørsmål", answer: "Svar" });
    const results = await Promise.all(ids.map((questionId) => run(publishAnswer, A.officer!, { questionId })));
    const numbers = results.map((result) => (result.ok ? result.data.number : null));
    expect(numbers.every((number) => typeof number === "number")).toBe(true);
    expect(new Set(numbers).size).toBe(2);
  });

  it("is refused once the competition is cancelled", async () => {
    const id = await freshQuestion("Før avlysningen");
    await testDb.db.tender.update({ where: { id: T.open!.id }, data: { status: "CANCELLED" } });
    const before = await counts();
    expect(await run(answerQuestion, A.officer!, { questionId: id, publicText: "x", answer: "y" })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
    expect(await run(publishAnswer, A.officer!, { questionId: id })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
    expect(await counts()).toEqual(before);
    await testDb.db.tender.update({ where: { id: T.open!.id }, data: { status: "ANNOUNCED" } });
  });
});

describe("anonymity", () => {
  it("the public, the API JSON and another organisation never see who asked, the asked wording, or unpublished questions", async () => {
    const asked = await ask(A.supplierA!, T.open!.id, "Hemmelig Jobbveien-spørsmål om vår egen avdeling på Furuset");
    if (!asked.ok) throw asked.error;
    const unpublished = await ask(A.supplierA!, T.open!.id, "Ubesvart Jobbveien-spørsmål");
    if (!unpublished.ok) throw unpublished.error;
    await run(answerQuestion, A.officer!, { questionId: asked.data.id, publicText: "Kan en avdeling i bydel Alna brukes?", answer: "Ja." });
    await run(publishAnswer, A.officer!, { questionId: asked.data.id });

    const notice = await runQuery(getPublishedTender, { actor: null, rawInput: { id: T.open!.id }, db: testDb.db, clock });
    if (!notice.ok || !notice.data) throw new Error("notice not found");
    const json = JSON.stringify(publicTenderJson(notice.data));
    const supplierName = (await testDb.db.supplier.findUniqueOrThrow({ where: { id: supplierA } })).name;
    expect(json).toContain("Kan en avdeling i bydel Alna brukes?");
    for (const secret of [supplierA, A.supplierA!.userId, supplierName, "Jobbveien", "Furuset", "supplierId", "askedBy"]) expect(json).not.toContain(secret);
    const numbers = publicTenderJson(notice.data).questionsAndAnswers.map((qa) => qa.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));

    const other = await runQuery(getPortalTender, { actor: A.supplierB!, rawInput: { id: T.open!.id }, db: testDb.db, clock });
    if (!other.ok || !other.data) throw new Error("portal tender not found");
    expect(other.data.ownQuestions.every((question) => !question.text.includes("Jobbveien"))).toBe(true);
    expect(JSON.stringify(other.data)).not.toContain(supplierA);
    const mine = await runQuery(listMyQuestions, { actor: A.supplierB!, rawInput: undefined, db: testDb.db, clock });
    expect(mine.ok && mine.data.every((question) => question.supplierId === supplierB)).toBe(true);
    const own = await runQuery(getPortalTender, { actor: A.supplierA!, rawInput: { id: T.open!.id }, db: testDb.db, clock });
    expect(own.ok && own.data.ownQuestions.map((question) => question.id)).toEqual(expect.arrayContaining([asked.data.id, unpublished.data.id]));

    // The officer sees who asked.
    const officerView = await runQuery(getTenderQuestions, { actor: A.officer!, rawInput: { id: T.open!.id }, db: testDb.db, clock });
    expect(officerView.ok && officerView.data.questions.find((question) => question.id === asked.data.id)).toMatchObject({ supplier: { name: supplierName } });
    expect(await runQuery(getTenderQuestions, { actor: A.vestland!, rawInput: { id: T.open!.id }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runQuery(getTenderQuestions, { actor: A.supplierA!, rawInput: { id: T.open!.id }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});
