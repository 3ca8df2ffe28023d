import { beforeAll, describe, expect, it } from "vitest";

import { fixedClock } from "@/lib/clock";
import { contractNoticeXml } from "@/lib/notices";
import { runQuery } from "@/lib/query";
import { noticeInputFor } from "@/lib/tenders/notice-input";
import { getPublishedTender, listPublishedTenders } from "@/lib/tenders/queries/published-tender";
import { addOsloDays, endOfOsloDay, formatOsloDate } from "@/lib/time";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { validateContractNotices } from "../helpers/eforms-xsd";
import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const clock = fixedClock(FIXED_BASE.toISOString());

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
});

describe("published notices", () => {
  it("every announced tender of the demo exports a contract notice that validates against the eForms XSDs", async () => {
    const announced = await testDb.db.tender.findMany({ where: { announcedAt: { not: null } }, select: { id: true } });
    expect(announced.length).toBeGreaterThan(3);
    const documents = [];
    for (const { id } of announced) {
      const result = await runQuery(getPublishedTender, { actor: null, rawInput: { id }, db: testDb.db, clock });
      if (!result.ok || !result.data) throw new Error(`not published: ${id}`);
      const tender = result.data;
      documents.push({ fileName: `${tender.reference}.xml`, xml: contractNoticeXml(noticeInputFor({ ...tender, announcedAt: tender.announcedAt!, deadline: tender.deadline! }, "https://tiltaksanbud.example")) });
    }
    const validation = await validateContractNotices(documents);
    expect(validation.errors).toEqual([]);
  });

  it("a draft or an approved, unannounced competition is not published", async () => {
    const hidden = await testDb.db.tender.findMany({ where: { status: { in: ["DRAFT", "READY"] } }, select: { id: true } });
    expect(hidden.length).toBeGreaterThan(0);
    for (const { id } of hidden) {
      expect(await runQuery(getPublishedTender, { actor: null, rawInput: { id }, db: testDb.db, clock })).toEqual({ ok: true, data: null });
    }
  });

  it("the open list pages and filters, and refuses a page size over 100", async () => {
    const all = await runQuery(listPublishedTenders, { actor: null, rawInput: {}, db: testDb.db, clock });
    if (!all.ok) throw all.error;
    const paged = await runQuery(listPublishedTenders, { actor: null, rawInput: { page: "2", pageSize: "1" }, db: testDb.db, clock });
    if (!paged.ok) throw paged.error;
    expect(paged.data.total).toBe(all.data.total);
    if (all.data.total > 1) expect(paged.data.items[0]?.id).toBe(all.data.items[1]?.id);
    const oslo = await runQuery(listPublishedTenders, { actor: null, rawInput: { region: "Nav Oslo" }, db: testDb.db, clock });
    if (!oslo.ok) throw oslo.error;
    expect(oslo.data.items.every((item) => item.region.name === "Nav Oslo")).toBe(true);
    expect(await runQuery(listPublishedTenders, { actor: null, rawInput: { pageSize: "1000" }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("filters by region code, reservation and the last Oslo day of the deadline; a malformed date is a field error", async () => {
    const list = async (rawInput: Record<string, string>) => {
      const result = await runQuery(listPublishedTenders, { actor: null, rawInput, db: testDb.db, clock });
      if (!result.ok) throw result.error;
      return result.data;
    };
    const all = await list({ pageSize: "100" });
    const first = all.items[0];
    const reserved = all.items.filter((item) => item.reservation !== "NONE").map((item) => item.id);
    const second = all.items.find((item) => item.reservation === "NONE" && item.id !== first?.id);
    if (!first?.deadline || !second || reserved.length === 0) throw new Error("the demo needs open notices, one of them reserved");

    await testDb.db.tender.update({ where: { id: second.id }, data: { reservation: "WORK_INCLUSION", reservationBasis: "FOA § 30-3" } });
    expect((await list({ reserved: "true" })).items.map((item) => item.id).sort()).toEqual([...reserved, second.id].sort());
    expect((await list({ reserved: "false", pageSize: "100" })).total).toBe(all.total - reserved.length - 1);
    expect((await list({ reserved: "" })).total).toBe(all.total);
    await testDb.db.tender.update({ where: { id: second.id }, data: { reservation: "NONE", reservationBasis: null } });

    // A competition with one reserved lot is a reserved competition too.
    await testDb.db.lot.updateMany({ where: { tenderId: second.id, number: 1 }, data: { reservation: "IDEAL", reservationBasis: "FOA § 30-3" } });
    expect((await list({ reserved: "true" })).items.map((item) => item.id)).toContain(second.id);
    expect((await list({ reserved: "false", pageSize: "100" })).items.map((item) => item.id)).not.toContain(second.id);
    await testDb.db.lot.updateMany({ where: { tenderId: second.id }, data: { reservation: null, reservationBasis: null } });

    const region = await testDb.db.region.findFirstOrThrow({ where: { name: first.region.name } });
    expect((await list({ region: region.code, pageSize: "100" })).items.every((item) => item.region.name === region.name)).toBe(true);

    // The first deadline's own Oslo day includes it; the day before excludes it. ISO and typed dates mean the same.
    const day = formatOsloDate(first.deadline, "nb");
    const sameDay = await list({ deadlineBy: day, pageSize: "100" });
    expect(sameDay.items.map((item) => item.id)).toContain(first.id);
    expect(sameDay.items.every((item) => item.deadline! <= endOfOsloDay(first.deadline!))).toBe(true);
    expect((await list({ deadlineBy: formatOsloDate(addOsloDays(first.deadline, -1), "nb") })).items.map((item) => item.id)).not.toContain(first.id);
    const [dd, mm, yyyy] = day.split(".");
    expect((await list({ deadlineBy: `${yyyy}-${mm}-${dd}`, pageSize: "100" })).total).toBe(sameDay.total);

    for (const deadlineBy of ["31.02.2027", "i morgen", "2027-13-01"]) {
      expect(await runQuery(listPublishedTenders, { actor: null, rawInput: { deadlineBy }, db: testDb.db, clock })).toMatchObject({
        ok: false,
        error: { code: "VALIDATION", details: { fieldErrors: { deadlineBy: ["errors.field.deadlineBy"] } } },
      });
    }
    expect(await runQuery(listPublishedTenders, { actor: null, rawInput: { reserved: "kanskje" }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});
