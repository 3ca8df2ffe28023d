import { beforeAll, describe, expect, it } from "vitest";

import { enqueueDueReminders } from "@/lib/notifications/reminders";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const DAY = 24 * 60 * 60_000;
// Tuesday 12 May 2026, 12:00 Oslo: the bid deadline of the announced competition below.
const DEADLINE = new Date("2026-05-12T10:00:00.000Z");
const ids = {} as Record<"region" | "officer" | "evaluator" | "supplier" | "interested" | "submitted" | "tender" | "evaluated", string>;

const reminders = (template: string) =>
  testDb.db.notification.findMany({ where: { kind: template }, orderBy: { reminderKey: "asc" }, select: { reminderKey: true, recipientUserId: true, recipientSupplierId: true, payload: true } });

beforeAll(async () => {
  const db = testDb.db;
  ids.region = (await db.region.create({ data: { code: "0300", name: "Nav Oslo", seat: "Oslo", validFrom: new Date("2024-01-01") } })).id;
  const measure = await db.measureType.create({ data: { code: "OPPFOLGING", nameNb: "Oppfølging", nameEn: "Follow-up" } });
  ids.officer = (await db.user.create({ data: { email: "officer@nav.no", name: "Officer", memberships: { create: { role: "OFFICER", regionId: ids.region } } } })).id;
  ids.evaluator = (await db.user.create({ data: { email: "evaluator@nav.no", name: "Evaluator", memberships: { create: { role: "EVALUATOR", regionId: ids.region } } } })).id;
  const supplier = (orgnr: string, name: string) => db.supplier.create({ data: { orgnr, name, kind: "COMMERCIAL" } }).then((row) => row.id);
  ids.supplier = await supplier("974760673", "Utkast AS");
  ids.interested = await supplier("971524960", "Interessert AS");
  ids.submitted = await supplier("981566378", "Levert AS");
  const tender = (reference: string, data: object) =>
    db.tender.create({ data: { reference, title: `Oppfølging ${reference}`, measureTypeId: measure.id, regionId: ids.region, createdById: ids.officer, estimatedValueOre: 100_000_00n, ...data } });
  const announced = await tender("2026/0001", { status: "ANNOUNCED", deadline: DEADLINE, announcedAt: new Date("2026-04-01T08:00:00Z"), lots: { create: { number: 1, title: "Oslo", places: 10 } } });
  ids.tender = announced.id;
  const lot = await db.lot.findFirstOrThrow({ where: { tenderId: announced.id } });
  await db.bidDraft.create({ data: { tenderId: announced.id, supplierId: ids.supplier, ciphertext: Buffer.from("x"), iv: Buffer.from("x"), authTag: Buffer.from("x"), keyId: "k", updatedById: ids.officer, updatedAt: new Date() } });
  for (const supplierId of [ids.interested, ids.submitted]) await db.tenderInterest.create({ data: { tenderId: announced.id, supplierId } });
  await db.bid.create({ data: { tenderId: announced.id, lotId: lot.id, supplierId: ids.submitted, status: "SUBMITTED", submittedAt: new Date("2026-05-01T08:00:00Z") } });
  // Asked Friday 1 May 2026 (a public holiday) at 10:00 Oslo: two working days are Monday 4 and Tuesday 5 May.
  await db.question.create({ data: { tenderId: announced.id, supplierId: ids.interested, askedById: ids.officer, text: "Hvor mange plasser?", askedAt: new Date("2026-05-01T08:00:00Z") } });

  // In evaluation since Monday 4 May; 2 bids × 2 scored quality criteria = 4 scores each; the evaluator has given 1.
  const evaluated = await tender("2026/0002", { status: "EVALUATION", openedAt: new Date("2026-05-04T10:00:00Z"), lots: { create: { number: 1, title: "Oslo", places: 10 } } });
  ids.evaluated = evaluated.id;
  const evalLot = await db.lot.findFirstOrThrow({ where: { tenderId: evaluated.id } });
  const quality = await db.awardCriterion.create({ data: { tenderId: evaluated.id, kind: "QUALITY", name: "Kvalitet", weight: "70", position: 1 } });
  const subs = await Promise.all(["Metode", "Kompetanse"].map((name, i) => db.awardCriterion.create({ data: { tenderId: evaluated.id, parentId: quality.id, kind: "QUALITY", name, weight: "35", position: i + 2 } })));
  await db.awardCriterion.create({ data: { tenderId: evaluated.id, kind: "PRICE", name: "Pris", weight: "30", position: 4 } });
  const bids = await Promise.all([ids.supplier, ids.interested].map((supplierId) => db.bid.create({ data: { tenderId: evaluated.id, lotId: evalLot.id, supplierId, status: "QUALIFIED" } })));
  await db.panelMember.create({ data: { tenderId: evaluated.id, userId: ids.evaluator, impartialityAt: new Date("2026-05-04T11:00:00Z") } });
  await db.panelMember.create({ data: { tenderId: evaluated.id, userId: ids.officer, conflictDeclaredAt: new Date("2026-05-04T11:00:00Z") } });
  await db.evaluationScore.create({ data: { bidId: bids[0]!.id, criterionId: subs[0]!.id, evaluatorId: ids.evaluator, stage: "INDIVIDUAL", score: "7" } });
  await db.evaluationScore.create({ data: { bidId: bids[0]!.id, criterionId: subs[1]!.id, evaluatorId: ids.evaluator, stage: "CONSENSUS", score: "7" } });
});

describe("reminders computed from the clock, each sent once", () => {
  it("nothing is due eight days before the deadline, on the Monday after the question, or before two working days of evaluation", async () => {
    expect(await enqueueDueReminders(testDb.db, new Date(DEADLINE.getTime() - 8 * DAY))).toBe(0);
    expect(await enqueueDueReminders(testDb.db, new Date("2026-05-04T09:00:00Z"))).toBe(0);
  });

  it("7 days before the deadline: the organisations with a draft or only interest (not the one that bid); the question on Tuesday", async () => {
    const tuesday = new Date("2026-05-05T10:30:00.000Z");
    expect(tuesday.getTime()).toBeGreaterThanOrEqual(DEADLINE.getTime() - 7 * DAY);
    await enqueueDueReminders(testDb.db, tuesday);
    const deadline = await reminders("reminder.bid-deadline");
    expect(deadline.map((row) => row.recipientSupplierId).sort()).toEqual([ids.supplier, ids.interested].sort());
    expect(deadline.every((row) => (row.payload as { days: number }).days === 7)).toBe(true);
    expect(await reminders("reminder.question-waiting")).toEqual([expect.objectContaining({ recipientUserId: ids.officer })]);
  });

  it("is idempotent: the same instant again, or a restart later the same day, adds nothing", async () => {
    expect(await enqueueDueReminders(testDb.db, new Date("2026-05-05T10:30:00.000Z"))).toBe(0);
    expect(await enqueueDueReminders(testDb.db, new Date("2026-05-05T15:00:00.000Z"))).toBe(0);
  });

  it("1 day before the deadline: one more each; the evaluator who still has scores to submit (not the conflicted member)", async () => {
    await enqueueDueReminders(testDb.db, new Date(DEADLINE.getTime() - 20 * 60 * 60_000));
    const deadline = await reminders("reminder.bid-deadline");
    expect(deadline.filter((row) => (row.payload as { days: number }).days === 1)).toHaveLength(2);
    const scores = await reminders("reminder.scores-due");
    expect(scores).toEqual([expect.objectContaining({ recipientUserId: ids.evaluator, payload: expect.objectContaining({ missing: 3, reference: "2026/0002" }) })]);
  });

  it("tells the officers once the standstill has ended, while the contract is not signed", async () => {
    const db = testDb.db;
    const tender = await db.tender.update({ where: { id: ids.evaluated }, data: { status: "STANDSTILL" } });
    const bid = await db.bid.findFirstOrThrow({ where: { tenderId: tender.id } });
    const endsAt = new Date("2026-05-20T22:00:00.000Z");
    await db.awardDecision.create({
      data: { tenderId: tender.id, lotId: bid.lotId, winningBidId: bid.id, status: "APPROVED", reasoning: "Best", scoringSnapshot: {}, proposedById: ids.officer, proposedAt: new Date("2026-05-08T08:00:00Z"), approvedById: ids.evaluator, approvedAt: new Date("2026-05-08T09:00:00Z"), sentAt: new Date("2026-05-10T08:00:00Z"), standstillEndsAt: endsAt },
    });
    expect(await enqueueDueReminders(db, new Date(endsAt.getTime() - 1000))).toBe(0);
    expect(await enqueueDueReminders(db, endsAt)).toBe(1);
    expect(await enqueueDueReminders(db, new Date(endsAt.getTime() + DAY))).toBe(0);
    expect(await reminders("reminder.standstill-ended")).toEqual([expect.objectContaining({ recipientUserId: ids.officer })]);
  });
});
