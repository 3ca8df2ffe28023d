import { Readable } from "node:stream";

import { beforeAll, describe, expect, it } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { exportHistory } from "@/lib/history/export";
import { ZHistoryFilter, type THistoryFilterInput } from "@/lib/history/filter";
import { getHistoryTender } from "@/lib/history/queries/history-tender";
import { listHistory, listHistoryTotals } from "@/lib/history/queries/list-history";
import { historyBatches, type HistoryRow } from "@/lib/history/rows";
import { createTranslator } from "@/lib/i18n";
import { runQuery } from "@/lib/query";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

/*
 * The award history against the demo seed (its generated past competitions included): every filter and sort is
 * checked against rows computed here from Prisma reads (not the history's SQL), and the scopes against the policy.
 */
const testDb = setupTestDb();
const as: Record<"national" | "oslo" | "officer" | "supplier" | "evaluator", Actor> = {} as never;
let oslo: { id: string; code: string };

interface Expected {
  rowKey: string;
  regionId: string;
  regionCode: string;
  regionName: string;
  measureCode: string;
  supplierName: string | null;
  supplierOrgnr: string | null;
  supplierKind: string | null;
  procedure: string;
  reserved: boolean;
  status: string;
  decidedAt: Date | null;
  announcedAt: Date;
  valueOre: bigint | null;
  text: string;
  reference: string;
}
let all: Expected[] = [];

const actorOf = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  as.national = await actorOf("leder@nav.no");
  as.oslo = await actorOf("leder.oslo@nav.no");
  as.officer = await actorOf("innkjoper.oslo@nav.no");
  as.supplier = await actorOf("post@jobbveien.no");
  const evaluator = await testDb.db.membership.findFirstOrThrow({ where: { role: "EVALUATOR", revokedAt: null }, select: { userId: true } });
  as.evaluator = (await loadActor(testDb.db, evaluator.userId))!;
  oslo = await testDb.db.region.findUniqueOrThrow({ where: { code: "0300" }, select: { id: true, code: true } });
  const lots = await testDb.db.lot.findMany({
    where: { tender: { announcedAt: { not: null } } },
    select: {
      id: true, title: true, reservation: true,
      tender: { select: { reference: true, title: true, regionId: true, procedure: true, reservation: true, status: true, announcedAt: true, region: { select: { code: true, name: true } }, measureType: { select: { code: true } } } },
      awards: { where: { status: "APPROVED" }, select: { id: true, approvedAt: true, contract: { select: { valueOre: true } }, winningBid: { select: { priceOre: true, supplier: { select: { name: true, orgnr: true, kind: true } } } } } },
    },
  });
  all = lots.flatMap((lot): Expected[] => {
    const base = {
      regionId: lot.tender.regionId, regionCode: lot.tender.region.code, regionName: lot.tender.region.name, measureCode: lot.tender.measureType.code,
      procedure: lot.tender.procedure, reserved: (lot.reservation ?? lot.tender.reservation) !== "NONE", status: lot.tender.status,
      announcedAt: lot.tender.announcedAt!, reference: lot.tender.reference,
    };
    if (lot.awards.length === 0) return [{ ...base, rowKey: lot.id, supplierName: null, supplierOrgnr: null, supplierKind: null, decidedAt: null, valueOre: null, text: `${lot.tender.title} ${lot.tender.reference} ${lot.title}` }];
    return lot.awards.map((award) => ({
      ...base, rowKey: lot.id + award.id, supplierName: award.winningBid.supplier.name, supplierOrgnr: award.winningBid.supplier.orgnr,
      supplierKind: award.winningBid.supplier.kind, decidedAt: award.approvedAt, valueOre: award.contract?.valueOre ?? award.winningBid.priceOre,
      text: `${lot.tender.title} ${lot.tender.reference} ${lot.title} ${award.winningBid.supplier.name}`,
    }));
  });
}, 120_000);

/** Every row of a filter, all pages, through the query as the actor reads it. */
async function rowsOf(actor: Actor, input: THistoryFilterInput): Promise<HistoryRow[]> {
  const rows: HistoryRow[] = [];
  for (let page = 1; ; page++) {
    const result = await runQuery(listHistory, { actor, rawInput: { ...input, page: String(page), size: "100" }, db: testDb.db });
    if (!result.ok) throw result.error;
    rows.push(...result.data);
    if (result.data.length < 100) return rows;
  }
}
const keys = (rows: { rowKey: string }[]) => rows.map((row) => row.rowKey).sort();

describe("award history: filters", () => {
  it("has enough generated history to test against", () => {
    expect(all.length).toBeGreaterThan(250);
    expect(all.filter((row) => row.supplierName !== null).length).toBeGreaterThan(200);
  });

  const start = (day: string) => new Date(`${day}T00:00:00+01:00`);
  const cases: [string, THistoryFilterInput, (row: Expected) => boolean][] = [
    ["region", { region: "0300" }, (row) => row.regionCode === "0300"],
    ["measure type", { measureType: "OPPFOLGING" }, (row) => row.measureCode === "OPPFOLGING"],
    ["supplier kind", { supplierKind: "IDEAL" }, (row) => row.supplierKind === "IDEAL"],
    ["procedure", { procedure: "LIGHT_REGIME" }, (row) => row.procedure === "LIGHT_REGIME"],
    ["reserved", { reserved: "true" }, (row) => row.reserved],
    ["not reserved", { reserved: "false" }, (row) => !row.reserved],
    ["state", { status: "EXPIRED" }, (row) => row.status === "EXPIRED"],
    ["date range (Oslo days, inclusive)", { from: "2023-01-01", to: "2024-06-30" }, (row) => row.decidedAt !== null && row.decidedAt >= start("2023-01-01") && row.decidedAt < new Date("2024-07-01T00:00:00+02:00")],
    ["value range", { minValue: "5 000 000", maxValue: "20000000" }, (row) => row.valueOre !== null && row.valueOre >= 500_000_000n && row.valueOre <= 2_000_000_000n],
    ["free text (case-insensitive)", { q: "OPPFØLGING" }, (row) => row.text.toLowerCase().includes("oppfølging")],
  ];
  for (const [name, input, predicate] of cases) {
    it(`${name}: exactly the matching rows`, async () => {
      const expected = all.filter(predicate);
      expect(expected.length).toBeGreaterThan(0);
      expect(keys(await rowsOf(as.national, input))).toEqual(keys(expected));
    });
  }

  it("supplier: by part of the name, and by organisation number", async () => {
    const sample = all.find((row) => row.supplierName !== null)!;
    const part = sample.supplierName!.split(" ")[0]!.slice(0, 6);
    expect(keys(await rowsOf(as.national, { supplier: part.toUpperCase() }))).toEqual(keys(all.filter((row) => row.supplierName?.toLowerCase().includes(part.toLowerCase()))));
    expect(keys(await rowsOf(as.national, { supplier: sample.supplierOrgnr! }))).toEqual(keys(all.filter((row) => row.supplierOrgnr === sample.supplierOrgnr)));
  });

  it("the totals row counts and sums the whole filter, not the page", async () => {
    const result = await runQuery(listHistoryTotals, { actor: as.national, rawInput: { region: "0300", size: "25" }, db: testDb.db });
    if (!result.ok) throw result.error;
    const expected = all.filter((row) => row.regionCode === "0300");
    expect(result.data.reduce((sum, total) => sum + total.count, 0)).toBe(expected.length);
    expect(result.data.reduce((sum, total) => sum + BigInt(total.valueOre), 0n)).toBe(expected.reduce((sum, row) => sum + (row.valueOre ?? 0n), 0n));
  });

  it("refuses bad input with translated field errors", async () => {
    const result = await runQuery(listHistory, { actor: as.national, rawInput: { from: "2024-02-30", minValue: "mange", supplierKind: "X", to: "2020-01-01" }, db: testDb.db });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    expect(result.error.details?.fieldErrors).toMatchObject({ from: ["history.errors.date"], minValue: ["history.errors.amount"], supplierKind: ["history.errors.choice"] });
  });
});

describe("award history: sorting and paging", () => {
  const byNullsLast = <T>(value: (row: Expected) => T | null, compare: (a: T, b: T) => number, desc: boolean) => (a: Expected, b: Expected) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return desc ? compare(y, x) : compare(x, y);
  };
  const num = (a: number | bigint, b: number | bigint) => (a < b ? -1 : a > b ? 1 : 0);
  const sorts: [string, "asc" | "desc", (row: Expected) => unknown][] = [
    ["decidedAt", "desc", (row) => row.decidedAt?.getTime() ?? null],
    ["announcedAt", "asc", (row) => row.announcedAt.getTime()],
    ["value", "desc", (row) => row.valueOre],
    ["reference", "asc", (row) => row.reference],
    ["region", "asc", (row) => row.regionName],
    ["supplier", "asc", (row) => row.supplierName],
  ];
  for (const [sort, dir, value] of sorts) {
    it(`sorts by ${sort} ${dir}, empty values last`, async () => {
      const rows = await rowsOf(as.national, { sort: sort as never, dir });
      const got = rows.map((row) => value(all.find((expected) => expected.rowKey === row.rowKey)!));
      const sorted = [...all].sort(byNullsLast(value as (row: Expected) => never, (a: never, b: never) => (typeof a === "string" ? 0 : num(a, b)), dir === "desc")).map(value);
      // Text order is the database's collation; numbers and dates must match exactly, text must be non-decreasing per the DB's own order.
      if (sort === "reference" || sort === "region" || sort === "supplier") {
        expect(got.filter((entry) => entry === null)).toHaveLength(sorted.filter((entry) => entry === null).length);
        expect(got.slice(got.length - got.filter((entry) => entry === null).length).every((entry) => entry === null)).toBe(true);
      } else {
        expect(got).toEqual(sorted);
      }
      expect(rows).toHaveLength(all.length);
    });
  }

  it("keyset batches (the CSV's) give exactly the pages' rows in the same order, for every sort and direction", async () => {
    for (const sort of ["decidedAt", "announcedAt", "value", "reference", "region", "supplier"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const filter = ZHistoryFilter.parse({ sort, dir });
        const batched: string[] = [];
        for await (const batch of historyBatches(testDb.db, filter, [{}], 40)) batched.push(...batch.map((row) => row.rowKey));
        expect(batched).toEqual((await rowsOf(as.national, { sort, dir })).map((row) => row.rowKey));
      }
    }
  });

  it("pages are disjoint, stable and cover the filter", async () => {
    const first = await runQuery(listHistory, { actor: as.national, rawInput: { size: "25" }, db: testDb.db });
    const second = await runQuery(listHistory, { actor: as.national, rawInput: { size: "25", page: "2" }, db: testDb.db });
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(first.data).toHaveLength(25);
    expect(new Set([...keys(first.data), ...keys(second.data)]).size).toBe(50);
  });
});

describe("award history: who sees what", () => {
  it("a regional manager sees only the own region, even when filtering for another", async () => {
    const own = await rowsOf(as.oslo, {});
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => row.regionId === oslo.id)).toBe(true);
    expect(keys(own)).toEqual(keys(all.filter((row) => row.regionId === oslo.id)));
    expect(await rowsOf(as.oslo, { region: "1200" })).toEqual([]);
  });

  it("an officer reads the own regions' history only", async () => {
    const rows = await rowsOf(as.officer, {});
    expect(keys(rows)).toEqual(keys(all.filter((row) => row.regionId === oslo.id)));
  });

  it("a national manager sees every region", async () => {
    expect(new Set((await rowsOf(as.national, {})).map((row) => row.regionId)).size).toBeGreaterThan(5);
  });

  it("suppliers and evaluators are refused", async () => {
    for (const actor of [as.supplier, as.evaluator]) {
      const result = await runQuery(listHistory, { actor, rawInput: {}, db: testDb.db });
      expect(result.ok ? "ok" : result.error.code).toBe("FORBIDDEN");
    }
  });

  it("the tender detail (audit timeline) is for managers of the region, not another region's", async () => {
    const row = all.find((entry) => entry.regionId === oslo.id && entry.supplierName !== null)!;
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { reference: row.reference }, select: { id: true } });
    const own = await runQuery(getHistoryTender, { actor: as.oslo, rawInput: { id: tender.id }, db: testDb.db });
    expect(own.ok).toBe(true);
    const vest = await actorOf("leder.vestland@nav.no");
    const other = await runQuery(getHistoryTender, { actor: vest, rawInput: { id: tender.id }, db: testDb.db });
    expect(other.ok ? "ok" : other.error.code).toBe("FORBIDDEN");
  });

  it("the timeline is the audit chain in order, with translated-able actions and actor names", async () => {
    const audited = await testDb.db.auditEvent.findFirstOrThrow({ where: { chain: { startsWith: "tender:" }, action: "tender.announced" }, select: { chain: true } });
    const id = audited.chain.slice("tender:".length);
    const result = await runQuery(getHistoryTender, { actor: as.national, rawInput: { id }, db: testDb.db });
    if (!result.ok) throw result.error;
    const events = await testDb.db.auditEvent.findMany({ where: { chain: audited.chain }, orderBy: { seq: "asc" } });
    expect(result.data.timeline.map((event) => event.action)).toEqual(events.map((event) => event.action));
    expect(result.data.timeline.some((event) => typeof event.actor === "string" && event.actor.length > 0)).toBe(true);
  });
});

describe("award history: CSV export", () => {
  const csvOf = async (actor: Actor, input: Record<string, string>) => {
    const result = exportHistory({ db: testDb.db, actor, rawInput: input, t: createTranslator("nb"), locale: "nb" });
    if (!result.ok) throw result.error;
    const chunks: Buffer[] = [];
    for await (const chunk of result.csv as Readable) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks);
  };

  it("starts with a UTF-8 BOM, has a translated header, one line per row, in Norwegian formats", async () => {
    const bytes = await csvOf(as.national, { region: "0300", sort: "value", dir: "desc" });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Referanse;Konkurranse;Delkontrakt;Region;Tiltakstype;Prosedyre;Reservasjon;Status;Leverandør;Organisasjonsnummer;Leverandørtype;Tilbud;Kunngjort;Tildelt;Verdi");
    const expected = all.filter((row) => row.regionCode === "0300");
    expect(lines).toHaveLength(expected.length + 1);
    const top = [...expected].filter((row) => row.valueOre !== null).sort((a, b) => (a.valueOre! < b.valueOre! ? 1 : a.valueOre! > b.valueOre! ? -1 : 0))[0]!;
    const first = lines[1]!.split(";");
    expect(first.at(-1)).toBe(`${top.valueOre! / 100n},${(top.valueOre! % 100n).toString().padStart(2, "0")}`);
    expect(first.at(-2)).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  });

  it("ISO formats: commas between fields, a decimal point, yyyy-MM-dd", async () => {
    const text = (await csvOf(as.national, { format: "iso", region: "0300", sort: "value", dir: "desc" })).toString("utf8");
    const first = text.slice(1).split("\r\n")[1]!;
    expect(first).toMatch(/,\d{4}-\d{2}-\d{2},\d+\.\d{2}$/);
  });

  it("streams in batches across the whole filter, and keeps the officer to own regions", async () => {
    const text = (await csvOf(as.officer, {})).toString("utf8");
    const rows = text.slice(1).trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(all.filter((row) => row.regionId === oslo.id).length);
  });

  it("refuses an unknown format and an anonymous caller", () => {
    const t = createTranslator("nb");
    const bad = exportHistory({ db: testDb.db, actor: as.national, rawInput: { format: "xlsx" }, t, locale: "nb" });
    expect(bad.ok ? "ok" : bad.error.code).toBe("VALIDATION");
    const anonymous = exportHistory({ db: testDb.db, actor: null, rawInput: {}, t, locale: "nb" });
    expect(anonymous.ok ? "ok" : anonymous.error.code).toBe("UNAUTHENTICATED");
  });
});
