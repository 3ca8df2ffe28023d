import { beforeAll, describe, expect, it } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import type { z } from "zod";

import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import { runCommand, type Command } from "@/lib/mutation";
import { announceTender, approveDraft, cancelTender, createDraft, returnDraft, submitDraft, updateDraft } from "@/lib/tenders";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const clock = fixedClock("2025-03-03T09:00:00.000Z");
const A: Record<string, Actor> = {};
let osloRegionId: string;
let measureId: string;

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown) =>
  runCommand(command, { actor, rawInput, db: testDb.db, clock });
const stored = (id: string) => testDb.db.tender.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({ drafter: "innkjoper.oslo@nav.no", manager: "leder.oslo@nav.no", vestlandManager: "leder.vestland@nav.no", national: "leder@nav.no" })) A[key] = await actorFor(email);
  osloRegionId = (await testDb.db.region.findFirstOrThrow({ where: { name: "Nav Oslo" } })).id;
  measureId = (await testDb.db.measureType.findUniqueOrThrow({ where: { code: "OPPFOLGING" } })).id;
});

/** A complete draft worth `value` with the given deadline, submitted for approval. */
async function submittedDraft(value: string, deadline: string, questionDeadline = "20.03.2025 12:00") {
  const created = await run(createDraft, A.drafter!, { measureTypeId: measureId, regionId: osloRegionId, title: "Oppfølging til godkjenning" });
  if (!created.ok) throw created.error;
  const id = created.data.id;
  const saved = await run(updateDraft, A.drafter!, {
    tenderId: id, version: 0, title: "Oppfølging til godkjenning", description: "Oppfølging i Oslo.", estimatedValue: value, optionModel: "2+1+1",
    questionDeadline, deadline, priceWeight: "30", quality: [{ name: "Metode", weight: "70" }], lots: [{ title: "Oslo", places: "30" }],
  });
  if (!saved.ok) throw saved.error;
  const submitted = await run(submitDraft, A.drafter!, { tenderId: id, version: 1 });
  if (!submitted.ok) throw submitted.error;
  return id;
}

describe("four eyes before announcement", () => {
  it("a manager of the region approves; the drafter, another region's manager and unsubmitted drafts cannot", async () => {
    const id = await submittedDraft("12 000 000", "20.04.2025 12:00");
    expect(await run(approveDraft, A.drafter!, { tenderId: id, version: 2 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(approveDraft, A.vestlandManager!, { tenderId: id, version: 2 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await stored(id)).toMatchObject({ status: "DRAFT", version: 2 });

    const approved = await run(approveDraft, A.manager!, { tenderId: id, version: 2 });
    expect(approved).toMatchObject({ ok: true, data: { status: "READY" } });
    expect(await stored(id)).toMatchObject({ status: "READY", approvedById: A.manager!.userId, version: 3 });
    expect(await testDb.db.notification.count({ where: { kind: "tender.draft-approved", recipientUserId: A.drafter!.userId, payload: { path: ["path"], string_contains: id } } })).toBe(1);
  });

  it("sending back needs a comment, returns the draft to its drafter, and an approved draft back to DRAFT", async () => {
    const id = await submittedDraft("12 000 000", "20.04.2025 12:00");
    expect(await run(returnDraft, A.manager!, { tenderId: id, version: 2, comment: " " })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await run(returnDraft, A.manager!, { tenderId: id, version: 2, comment: "Beskriv målgruppen bedre." })).toMatchObject({ ok: true });
    expect(await stored(id)).toMatchObject({ status: "DRAFT", submittedAt: null, returnComment: "Beskriv målgruppen bedre." });
    expect(await run(approveDraft, A.manager!, { tenderId: id, version: 3 })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "errors.tender.notSubmitted" } });
  });
});

describe("announcing", () => {
  it("publishes a complete Part IV competition and records its regime", async () => {
    const id = await submittedDraft("12 000 000", "20.03.2025 12:00", "10.03.2025 12:00");
    await run(approveDraft, A.national!, { tenderId: id, version: 2 });
    const announced = await run(announceTender, A.drafter!, { tenderId: id, version: 3 });
    expect(announced).toMatchObject({ ok: true, data: { status: "ANNOUNCED" } });
    expect(await stored(id)).toMatchObject({ status: "ANNOUNCED", regime: "PART_IV", announcedAt: clock.now() });
  });

  it("refuses an incomplete competition (no value) with the field named, and writes nothing", async () => {
    const id = await submittedDraft("12 000 000", "20.03.2025 12:00", "10.03.2025 12:00");
    await testDb.db.tender.update({ where: { id }, data: { estimatedValueOre: 0n } });
    await run(approveDraft, A.manager!, { tenderId: id, version: 2 });
    const before = await stored(id);
    const refused = await run(announceTender, A.drafter!, { tenderId: id, version: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "errors.announce.incomplete" } });
    if (!refused.ok) expect(refused.error.details?.fieldErrors).toMatchObject({ estimatedValue: ["errors.announce.valueRequired"] });
    expect(await stored(id)).toEqual(before);
  });

  it("refuses weights that do not sum to 100, a question deadline after the bid deadline, and a past deadline", async () => {
    const id = await submittedDraft("12 000 000", "01.03.2025 12:00", "02.03.2025 12:00");
    await testDb.db.awardCriterion.updateMany({ where: { tenderId: id, kind: "PRICE" }, data: { weight: "35" } });
    await run(approveDraft, A.manager!, { tenderId: id, version: 2 });
    const refused = await run(announceTender, A.drafter!, { tenderId: id, version: 3 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.details?.fieldErrors).toMatchObject({
        priceWeight: ["errors.announce.weightsNot100"], deadline: ["errors.announce.deadlinePast"], questionDeadline: ["errors.announce.questionAfterDeadline"],
      });
    }
    expect(await stored(id)).toMatchObject({ status: "READY" });
  });

  it("only a READY competition can be announced, only by an officer of its region", async () => {
    const id = await submittedDraft("12 000 000", "20.03.2025 12:00", "10.03.2025 12:00");
    expect(await run(announceTender, A.drafter!, { tenderId: id, version: 2 })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
    await run(approveDraft, A.manager!, { tenderId: id, version: 2 });
    expect(await run(announceTender, A.manager!, { tenderId: id, version: 3 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("cancelling", () => {
  it("needs a reason, keeps everything, notifies every following organisation once, and is refused once cancelled", async () => {
    const withBids = await testDb.db.tender.findFirstOrThrow({ where: { status: "ANNOUNCED", regionId: osloRegionId, bids: { some: {} } }, include: { bids: { select: { supplierId: true } } } });
    const bidderIds = [...new Set(withBids.bids.map((bid) => bid.supplierId))];
    // One organisation only registered interest; one bidder also did (told once, not twice).
    const onlyInterested = await testDb.db.supplier.findFirstOrThrow({ where: { id: { notIn: bidderIds } } });
    await testDb.db.tenderInterest.createMany({ data: [{ tenderId: withBids.id, supplierId: onlyInterested.id }, { tenderId: withBids.id, supplierId: bidderIds[0]! }] });
    const followers = bidderIds.length + 1;
    const lots = await testDb.db.lot.count({ where: { tenderId: withBids.id } });
    expect(await run(cancelTender, A.drafter!, { tenderId: withBids.id, version: withBids.version, reason: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await run(cancelTender, A.vestlandManager!, { tenderId: withBids.id, version: withBids.version, reason: "Ikke min" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const cancelled = await run(cancelTender, A.drafter!, { tenderId: withBids.id, version: withBids.version, reason: "Behovet er endret etter omorganisering." });
    expect(cancelled).toMatchObject({ ok: true, data: { status: "CANCELLED" } });
    expect(await stored(withBids.id)).toMatchObject({ status: "CANCELLED", cancelReason: "Behovet er endret etter omorganisering.", cancelledAt: clock.now() });
    expect(await testDb.db.lot.count({ where: { tenderId: withBids.id } })).toBe(lots);
    expect(await testDb.db.notification.count({ where: { kind: "tender.cancelled", payload: { path: ["reference"], equals: withBids.reference } } })).toBe(followers);
    expect(await testDb.db.notification.count({ where: { kind: "tender.cancelled", recipientSupplierId: onlyInterested.id } })).toBe(1);
    expect(await run(cancelTender, A.drafter!, { tenderId: withBids.id, version: withBids.version + 1, reason: "Igjen" })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
  });
});
