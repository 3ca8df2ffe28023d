import { beforeAll, describe, expect, it } from "vitest";

import { readOpenedBid } from "@/lib/bids/opened";
import { fixedClock } from "@/lib/clock";
import { confirmOpening } from "@/lib/evaluation/commands/confirm-opening";
import { requestOpening } from "@/lib/evaluation/commands/request-opening";
import { readOpeningRecord } from "@/lib/evaluation/opening/record";
import { runCommand } from "@/lib/mutation";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";
import { closedTenderFixture } from "./helpers/opening";

const testDb = setupTestDb();
let f: Awaited<ReturnType<typeof closedTenderFixture>>;
const after = fixedClock(FIXED_BASE);

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  f = await closedTenderFixture(testDb.db);
});

const sealed = () => testDb.db.$transaction(async (tx) => readOpenedBid(tx, (await tx.bid.findFirstOrThrow({ where: { tenderId: f.tender.id } })).id));
const state = () => testDb.db.tender.findUniqueOrThrow({ where: { id: f.tender.id }, select: { status: true, openedAt: true, version: true, bidderCount: true } });

describe("opening takes two people", () => {
  it("the seed gives a closed competition with three sealed bids from three organisations", async () => {
    const bids = await testDb.db.bid.findMany({ where: { tenderId: f.tender.id }, select: { status: true, supplierId: true, priceOre: true } });
    expect(bids).toHaveLength(3);
    expect(new Set(bids.map((b) => b.supplierId)).size).toBe(3);
    expect(bids.every((b) => b.status === "SUBMITTED" && b.priceOre === null)).toBe(true);
    expect(f.tender.deadline!.getTime()).toBeLessThan(FIXED_BASE.getTime());
  });

  it("refuses opening before the deadline (typed error, with the deadline in Oslo time), even one millisecond before", async () => {
    const early = fixedClock(new Date(f.tender.deadline!.getTime() - 1));
    const result = await runCommand(requestOpening, { actor: f.officer, rawInput: { tenderId: f.tender.id, version: f.tender.version }, db: testDb.db, clock: early });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "opening.errors.beforeDeadline", details: { deadline: expect.stringMatching(/\d{2}\.\d{2}\.\d{4}/) } } });
    expect(await testDb.db.tenderOpening.count({ where: { tenderId: f.tender.id } })).toBe(0);
  });

  it("refuses an officer of another region", async () => {
    const result = await runCommand(requestOpening, { actor: f.vestOfficer, rawInput: { tenderId: f.tender.id, version: f.tender.version }, db: testDb.db, clock: after });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("a request alone leaves every bid sealed; the requester may not confirm it", async () => {
    const atDeadline = fixedClock(f.tender.deadline!);
    expect(await runCommand(requestOpening, { actor: f.officer, rawInput: { tenderId: f.tender.id, version: f.tender.version }, db: testDb.db, clock: atDeadline })).toMatchObject({ ok: true, data: { opened: false } });
    expect(await state()).toMatchObject({ status: "ANNOUNCED", openedAt: null, bidderCount: null });
    await expect(sealed()).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "bids.errors.sealed" });
    expect(await runCommand(requestOpening, { actor: f.officer2, rawInput: { tenderId: f.tender.id, version: f.tender.version }, db: testDb.db, clock: after })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });

    const own = await runCommand(confirmOpening, { actor: f.officer, rawInput: { tenderId: f.tender.id, version: f.tender.version }, db: testDb.db, clock: after });
    expect(own).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await state()).toMatchObject({ status: "ANNOUNCED", openedAt: null });
    await expect(sealed()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a second officer confirms: bids decrypted, prices set, record with both names stored, bidders told, audited", async () => {
    const result = await runCommand(confirmOpening, { actor: f.officer2, rawInput: { tenderId: f.tender.id, version: f.tender.version }, db: testDb.db, clock: after });
    expect(result).toMatchObject({ ok: true, data: { opened: true } });
    // Three organisations' bids were received: fixed at opening for the competition figures (lib/bids/received).
    expect(await state()).toMatchObject({ status: "OPENED", openedAt: FIXED_BASE, bidderCount: 3 });
    const bids = await testDb.db.bid.findMany({ where: { tenderId: f.tender.id }, select: { status: true, priceOre: true } });
    expect(bids.map((b) => b.priceOre).sort()).toEqual([1_890_000n, 1_980_000n, 2_145_000n]);
    expect(bids.every((b) => b.status === "OPENED")).toBe(true);
    expect((await sealed())?.submission.quality.length).toBeGreaterThan(0);

    const opening = await testDb.db.tenderOpening.findUniqueOrThrow({ where: { tenderId: f.tender.id } });
    const record = readOpeningRecord(opening.record)!;
    expect(record.requestedBy).toMatchObject({ id: f.officer.userId, name: "Lars Mikkelsen", at: f.tender.deadline!.toISOString() });
    expect(record.confirmedBy).toMatchObject({ id: f.officer2.userId, name: "Sofie Dahl", at: FIXED_BASE.toISOString() });
    expect(record.bids).toHaveLength(3);
    expect(record.bids.every((b) => b.receivedAt !== null && b.versionNumber === 1 && b.lotNumber === 1)).toBe(true);

    const told = await testDb.db.notification.findMany({ where: { kind: "tender.opened" }, select: { recipientSupplierId: true } });
    expect(told).toHaveLength(3);
    const actions = (await testDb.db.auditEvent.findMany({ where: { chain: `tender:${f.tender.id}` }, orderBy: { seq: "asc" }, select: { action: true, actorId: true } })).slice(-2);
    expect(actions).toEqual([{ action: "tender.opening_requested", actorId: f.officer.userId }, { action: "tender.opened", actorId: f.officer2.userId }]);
    expect(await runCommand(confirmOpening, { actor: f.manager, rawInput: { tenderId: f.tender.id, version: f.tender.version + 1 }, db: testDb.db, clock: after })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
  });
});
