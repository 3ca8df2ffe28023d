import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { listOwnReceiptCounts, listOwnReceipts, receiptTotal } from "@/lib/bids/queries/own-receipts";
import { fixedClock } from "@/lib/clock";
import { runCommand, type Command } from "@/lib/mutation";
import { runQuery, type ListQuery } from "@/lib/query";
import { askQuestion, registerInterest, withdrawInterest } from "@/lib/tenders";
import { listPublishedTenders } from "@/lib/tenders/queries/published-tender";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

/*
 * The supplier portal's home (issue 10, point 4): the open competitions filtered as the public list filters them, the
 * organisation's receipts (its own only, no bid content), and — for a user of several organisations — the choice of
 * which organisation asks or registers interest, enforced in the commands.
 */
const testDb = setupTestDb();
const clock = fixedClock(FIXED_BASE.toISOString());
const A: Record<string, Actor> = {};
const S: Record<string, string> = {};

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <Sc extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<Sc, R, O>, actor: Actor, rawInput: unknown) =>
  runCommand(command, { actor, rawInput, db: testDb.db, clock });
async function list<O>(query: ListQuery<z.ZodType, O>, actor: Actor, rawInput?: unknown): Promise<O[]> {
  const result = await runQuery(query, { actor, rawInput, db: testDb.db, clock });
  if (!result.ok) throw result.error;
  return result.data;
}
async function open(rawInput: Record<string, string>) {
  const result = await runQuery(listPublishedTenders, { actor: null, rawInput: { pageSize: "100", ...rawInput }, db: testDb.db, clock });
  if (!result.ok) throw result.error;
  return result.data.items.map((item) => item.id).sort();
}

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({ jobbveien: "post@jobbveien.no", arbeidsglede: "post@arbeidsglede.no", bergen: "post@bergeninkludering.no" })) {
    A[key] = await actorFor(email);
    S[key] = A[key]!.memberships[0]!.supplierId!;
  }
  // Camilla of Jobbveien also works for Bergen Arbeidsinkludering: a user of two organisations.
  const camilla = A.jobbveien!.userId;
  await testDb.db.membership.create({ data: { userId: camilla, role: "SUPPLIER_USER", supplierId: S.bergen! } });
  A.both = (await loadActor(testDb.db, camilla))!;
});

describe("the open competitions' filter (the public list's query, used by the portal home)", () => {
  /** What each filter must give, worked out from the rows themselves. */
  async function openRows() {
    return testDb.db.tender.findMany({
      where: { status: "ANNOUNCED", deadline: { gt: clock.now() } },
      select: { id: true, reservation: true, region: { select: { code: true } }, measureType: { select: { code: true } }, lots: { select: { reservation: true } } },
    });
  }
  const isReserved = (row: Awaited<ReturnType<typeof openRows>>[number]) => row.reservation !== "NONE" || row.lots.some((lot) => lot.reservation !== null && lot.reservation !== "NONE");
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

  it("by region: each region gives exactly its open competitions", async () => {
    const rows = await openRows();
    const regions = [...new Set(rows.map((row) => row.region.code))];
    expect(regions.length).toBeGreaterThan(1);
    for (const code of regions) expect(await open({ region: code })).toEqual(ids(rows.filter((row) => row.region.code === code)));
  });

  it("by measure type: each measure gives exactly its open competitions, an unknown one none", async () => {
    const rows = await openRows();
    const measures = [...new Set(rows.map((row) => row.measureType.code))];
    expect(measures.length).toBeGreaterThan(1);
    for (const code of measures) expect(await open({ measureType: code })).toEqual(ids(rows.filter((row) => row.measureType.code === code)));
    expect(await open({ measureType: "NO_SUCH_MEASURE" })).toEqual([]);
  });

  it("reserved / not reserved split the open competitions between them; combined with a region they narrow both", async () => {
    const rows = await openRows();
    const reserved = ids(rows.filter(isReserved));
    expect(reserved.length).toBeGreaterThan(0);
    expect(await open({ reserved: "true" })).toEqual(reserved);
    expect(await open({ reserved: "false" })).toEqual(ids(rows.filter((row) => !isReserved(row))));
    expect(await open({ reserved: "" })).toEqual(ids(rows));
    const code = rows.find(isReserved)!.region.code;
    expect(await open({ reserved: "true", region: code })).toEqual(ids(rows.filter((row) => isReserved(row) && row.region.code === code)));
    const refused = await runQuery(listPublishedTenders, { actor: null, rawInput: { reserved: "maybe" }, db: testDb.db, clock });
    expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { reserved: ["errors.field.reserved"] } } } });
  });
});

describe("receipts on the portal home", () => {
  it("a supplier sees every receipt of its own organisation, newest first, and no other organisation's", async () => {
    const stored = await testDb.db.bidReceipt.findMany({ where: { supplierId: S.arbeidsglede! }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(stored.length).toBeGreaterThan(0);
    expect(await testDb.db.bidReceipt.count({ where: { supplierId: { not: S.arbeidsglede! } } })).toBeGreaterThan(0);
    const receipts = await list(listOwnReceipts, A.arbeidsglede!, {});
    expect(receipts.map((receipt) => receipt.id)).toEqual(stored.map((receipt) => receipt.id));
    expect(new Set(receipts.map((receipt) => receipt.supplierId))).toEqual(new Set([S.arbeidsglede]));
    expect(receiptTotal(await list(listOwnReceiptCounts, A.arbeidsglede!))).toBe(stored.length);
  });

  it("each row is what the receipt says — competition, lots, time, version, hash — and nothing of the bid", async () => {
    const [receipt] = await list(listOwnReceipts, A.arbeidsglede!, { pageSize: 1 });
    const stored = await testDb.db.bidReceipt.findUniqueOrThrow({ where: { id: receipt!.id }, include: { tender: { include: { lots: true } } } });
    expect(receipt).toEqual({
      id: stored.id, number: stored.number, contentHash: stored.contentHash, submittedAt: stored.submittedAt, supplierId: stored.supplierId,
      supplier: { name: expect.any(String) as string },
      tender: { id: stored.tenderId, reference: stored.tender.reference, title: stored.tender.title },
      lots: stored.tender.lots.filter((lot) => stored.lotIds.includes(lot.id)).sort((a, b) => a.number - b.number).map((lot) => ({ id: lot.id, number: lot.number, title: lot.title })),
    });
    expect(receipt!.lots.length).toBeGreaterThan(0);
  });

  it("a user of two organisations sees both organisations' receipts; the pages follow one another without gaps", async () => {
    const own = await testDb.db.bidReceipt.findMany({ where: { supplierId: { in: [S.jobbveien!, S.bergen!] } }, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(own.length).toBeGreaterThan(1);
    const paged = [];
    for (let page = 1; page <= own.length; page++) paged.push(...(await list(listOwnReceipts, A.both!, { page, pageSize: 1 })));
    expect(paged.map((receipt) => receipt.id)).toEqual(own.map((receipt) => receipt.id));
    expect(await list(listOwnReceipts, A.both!, { page: own.length + 1, pageSize: 1 })).toEqual([]);
    const counts = await list(listOwnReceiptCounts, A.both!);
    expect(counts.map((entry) => entry.supplierId).sort()).toEqual([S.jobbveien, S.bergen].sort());
    expect(receiptTotal(counts)).toBe(own.length);
  });

  it("refuses a page size over 100 and a non-number page", async () => {
    for (const rawInput of [{ pageSize: 101 }, { page: "x" }, { page: 0 }]) {
      expect(await runQuery(listOwnReceipts, { actor: A.arbeidsglede!, rawInput, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    }
  });
});

describe("the acting organisation in the question and interest forms", () => {
  let tenderId: string;
  const written = async () => ({ interests: await testDb.db.tenderInterest.count(), questions: await testDb.db.question.count(), audit: await testDb.db.auditEvent.count() });

  beforeAll(async () => {
    tenderId = (await testDb.db.tender.findFirstOrThrow({ where: { status: "ANNOUNCED", questionDeadline: { gt: clock.now() } }, select: { id: true } })).id;
    await testDb.db.tenderInterest.deleteMany({ where: { tenderId } });
  });

  it("a user of several organisations must choose one: without a choice nothing is written and the field says so", async () => {
    const before = await written();
    const choose = { ok: false, error: { code: "VALIDATION", details: { fieldErrors: { supplierId: ["questions.errors.chooseSupplier"] } } } };
    expect(await run(registerInterest, A.both!, { tenderId })).toMatchObject(choose);
    expect(await run(askQuestion, A.both!, { tenderId, text: "Hvem spør?" })).toMatchObject(choose);
    expect(await written()).toEqual(before);
  });

  it("the chosen organisation acts — for interest and for a question — and only it", async () => {
    expect(await run(registerInterest, A.both!, { tenderId, supplierId: S.bergen })).toMatchObject({ ok: true, data: { supplierId: S.bergen, registered: true } });
    expect(await testDb.db.tenderInterest.findMany({ where: { tenderId }, select: { supplierId: true } })).toEqual([{ supplierId: S.bergen }]);
    const asked = await run(askQuestion, A.both!, { tenderId, supplierId: S.jobbveien, text: "Kan vi samarbeide med en underleverandør?" });
    if (!asked.ok) throw asked.error;
    expect(await testDb.db.question.findUniqueOrThrow({ where: { id: asked.data.id }, select: { supplierId: true, askedById: true } })).toEqual({ supplierId: S.jobbveien, askedById: A.both!.userId });
    expect(await run(withdrawInterest, A.both!, { tenderId, supplierId: S.bergen })).toMatchObject({ ok: true, data: { registered: false } });
    expect(await testDb.db.tenderInterest.count({ where: { tenderId } })).toBe(0);
  });

  it("an organisation the user does not belong to is refused, whatever the form sends; nothing is written", async () => {
    const before = await written();
    for (const actor of [A.both!, A.jobbveien!]) {
      expect(await run(registerInterest, actor, { tenderId, supplierId: S.arbeidsglede })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      expect(await run(withdrawInterest, actor, { tenderId, supplierId: S.arbeidsglede })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      expect(await run(askQuestion, actor, { tenderId, supplierId: S.arbeidsglede, text: "På vegne av andre" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    // The single organisation's user also cannot name the colleague's second organisation.
    expect(await run(registerInterest, A.arbeidsglede!, { tenderId, supplierId: S.bergen })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await written()).toEqual(before);
  });

  it("a user of one organisation needs no choice", async () => {
    expect(await run(registerInterest, A.arbeidsglede!, { tenderId })).toMatchObject({ ok: true, data: { supplierId: S.arbeidsglede } });
  });
});
