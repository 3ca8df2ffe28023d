import { beforeAll, describe, expect, it, vi } from "vitest";

import { fixedClock, setClockForTests } from "@/lib/clock";
import { OCDS_EXTENSIONS, OCID_PREFIX, ocidFor } from "@/lib/ocds/config";
import { recordPackage, releasePackage } from "@/lib/ocds/package";
import { getOcdsRecord, listOcdsReleases } from "@/lib/ocds/queries/open-data";
import type { Release } from "@/lib/ocds/types";
import { runQuery } from "@/lib/query";
import { emptyStrings, ocdsValidators } from "@/tests/helpers/ocds-schema";

import { buildWorld, type World } from "./helpers/analytics-world";
import { call, useTestDbForApp, type RouteModule } from "./helpers/api-routes";
import { setupTestDb } from "./helpers/db";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator } = await import("@/lib/i18n");
  return { getLocale: async () => "nb", getTranslator: async () => ({ locale: "nb", t: createTranslator("nb") }) };
});
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null, getCurrentUser: async () => null, requireActor: async () => null }));

/*
 * OCDS open data on a constructed market (helpers/analytics-world.ts) plus a market dialogue that became a competition,
 * an amendment, a cancelled competition, a reserved lot, an announced but unopened competition with a sealed bid, and
 * a draft. Every package the code produces is validated against OCDS 1.1.5 with the declared extensions, closed
 * against undeclared fields, and checked for what the data review flags and for anything sealed or personal.
 */
const testDb = setupTestDb();
const NOW = new Date("2026-01-15T12:00:00Z");
const clock = fixedClock(NOW);
let world: World;
const ids: Record<string, string> = {};
/** Never in open data: losing bids' prices (helpers/analytics-world gives every losing bid 7 777 777 kr), people. */
const FORBIDDEN = ["7777777", "777777700", "Kari Saksbehandler", "@nav.test", "SEGLET"];

beforeAll(async () => {
  setClockForTests(clock);
  useTestDbForApp(testDb.db);
  world = await buildWorld(testDb.db, "ocds");
  const db = testDb.db;
  const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
  const tender = (n: number, data: Record<string, unknown>) =>
    db.tender.create({ data: { reference: `ocds/${n}`, title: `Konkurranse ocds ${n}`, measureTypeId: world.m1, regionId: world.east.id, estimatedValueOre: 250_000_050n, createdById: world.userId, ...data } });
  // A published dialogue that became an announced competition with a reserved lot and an amendment.
  const fromDialogue = await tender(10, { status: "ANNOUNCED", reservation: "WORK_INCLUSION", reservationBasis: "FOA § 30-3", announcedAt: at("2025-10-01"), deadline: at("2025-11-01"), questionDeadline: at("2025-10-20") });
  await db.lot.create({ data: { tenderId: fromDialogue.id, number: 1, title: "Hele fylket", places: 12, reservation: "IDEAL" } });
  await db.awardCriterion.createMany({ data: [{ tenderId: fromDialogue.id, kind: "QUALITY", name: "Gjennomføring", weight: "60", position: 1 }, { tenderId: fromDialogue.id, kind: "PRICE", name: "Pris", weight: "40", position: 2 }] });
  await db.amendment.create({ data: { tenderId: fromDialogue.id, number: 1, summary: "Ny frist for tilbud", changes: {}, newDeadline: at("2025-11-08"), createdById: world.userId, publishedAt: at("2025-10-10") } });
  const dialogue = await db.marketDialogue.create({
    data: { reference: "MD-ocds/1", title: "Markedsdialog om oppfølging", description: "Vi vil høre fra markedet.", measureTypeId: world.m1, regionId: world.east.id, status: "CONVERTED", responseDeadline: at("2025-08-01"), publishedAt: at("2025-07-01"), convertedAt: at("2025-09-01"), tenderId: fromDialogue.id, createdById: world.userId },
  });
  // Announced, not opened: its bid is sealed and must not show up, not even as a count.
  const sealed = await tender(11, { status: "ANNOUNCED", announcedAt: at("2025-12-01"), deadline: at("2026-02-01") });
  const sealedLot = await db.lot.create({ data: { tenderId: sealed.id, number: 1, title: "Delkontrakt", places: 3 } });
  await db.bid.create({ data: { tenderId: sealed.id, lotId: sealedLot.id, supplierId: world.suppliers.a, status: "SUBMITTED", submittedAt: at("2025-12-05") } });
  const cancelled = await tender(12, { status: "CANCELLED", announcedAt: at("2025-06-01"), deadline: at("2025-07-01"), cancelledAt: at("2025-06-15"), cancelReason: "Behovet falt bort" });
  await db.lot.create({ data: { tenderId: cancelled.id, number: 1, title: "Delkontrakt", places: 3 } });
  const draft = await tender(13, { status: "DRAFT" });
  Object.assign(ids, { fromDialogue: fromDialogue.id, dialogue: dialogue.id, sealed: sealed.id, cancelled: cancelled.id, draft: draft.id });
});

const releasePage = (after: string, pageSize: number) => runQuery(listOcdsReleases, { actor: null, rawInput: { after, pageSize: String(pageSize) }, db: testDb.db, clock });

async function allReleases(pageSize: number): Promise<Release[]> {
  const releases: Release[] = [];
  let after: string | null = "";
  for (let page = 1; after !== null; page++) {
    const result = await releasePage(after, pageSize);
    if (!result.ok) throw result.error;
    if (result.data === null) throw new Error(`page ${page} is empty although the previous page pointed to it`);
    expect(result.data.releases.length, `page ${page}`).toBeLessThanOrEqual(pageSize);
    if (result.data.next !== null) expect(result.data.releases).toHaveLength(pageSize);
    after = result.data.next;
    const pkg = releasePackage(result.data.releases, `http://localhost/api/v1/ocds/releases?page=${page}`, NOW);
    expect(ocdsValidators().releasePackage(pkg), `page ${page}`).toEqual([]);
    expect(pkg.extensions).toEqual(OCDS_EXTENSIONS.map((e) => e.url));
    releases.push(...result.data.releases);
  }
  return releases;
}

describe("OCDS release packages", () => {
  let releases: Release[];
  beforeAll(async () => {
    releases = await allReleases(4);
  });

  it("one release per published event, ids unique, one ocid prefix, in date order across pages", async () => {
    const tags = (ocid: string) => releases.filter((r) => r.ocid === ocid).map((r) => r.tag.join());
    expect(tags(ocidFor(world.tenders.t2))).toEqual(["tender", "award", "award", "contract", "contract"]);
    expect(tags(ocidFor(ids.dialogue!))).toEqual(["planning", "tender", "tenderAmendment"]);
    expect(tags(ocidFor(ids.cancelled!))).toEqual(["tender", "tenderCancellation"]);
    expect(tags(ocidFor(ids.sealed!))).toEqual(["tender"]);
    expect(releases.filter((r) => r.ocid === ocidFor(ids.draft!) || r.ocid === ocidFor(ids.fromDialogue!))).toEqual([]);
    expect(new Set(releases.map((r) => r.id)).size).toBe(releases.length);
    expect(releases.every((r) => r.ocid.startsWith(`${OCID_PREFIX}-`))).toBe(true);
    expect(releases.map((r) => r.date)).toEqual([...releases.map((r) => r.date)].sort());
    expect(releases).toEqual(await allReleases(100));
  });

  it("the validator can fail: an undeclared field, a wrong code, a bad date", () => {
    const valid = releases[0]!;
    expect(ocdsValidators().release(valid)).toEqual([]);
    expect(ocdsValidators().release({ ...valid, bidContent: "x" })).not.toEqual([]);
    expect(ocdsValidators().release({ ...valid, tag: ["bid"] })).not.toEqual([]);
    expect(ocdsValidators().release({ ...valid, date: "01.03.2025" })).not.toEqual([]);
    expect(ocdsValidators().release({ ...valid, parties: [{ id: "x", identifier: { scheme: "NO-BRC", id: "1", orgnr: "1" } }] })).not.toEqual([]);
    expect(emptyStrings({ a: [{ b: " " }] })).toEqual(["$.a[0].b"]);
  });

  it("no empty strings, nothing sealed, no person", () => {
    expect(emptyStrings(releases)).toEqual([]);
    const text = JSON.stringify(releases);
    expect(FORBIDDEN.filter((needle) => text.includes(needle))).toEqual([]);
    // The unopened competition's bid is not even counted.
    const sealed = releases.filter((r) => r.ocid === ocidFor(ids.sealed!));
    expect(JSON.stringify(sealed)).not.toMatch(/numberOfTenderers|statistics/);
  });

  it("parties by orgnr (NO-BRC), lots with weighted criteria, reserved participation, NOK values", () => {
    const tender = releases.find((r) => r.ocid === ocidFor(ids.dialogue!) && r.tag[0] === "tender")! as Release & { tender: Record<string, unknown> };
    expect(tender.tender).toMatchObject({
      value: { amount: 2_500_000.5, currency: "NOK" },
      otherRequirements: { reservedParticipation: ["shelteredWorkshop"] },
      lots: [{ title: "Hele fylket", otherRequirements: { reservedParticipation: ["publicServiceMissionOrganization"] }, awardCriteria: { criteria: [
        { type: "quality", name: "Gjennomføring", numbers: [{ number: 60, weight: "percentageExact" }] }, { type: "price", name: "Pris", numbers: [{ number: 40, weight: "percentageExact" }] },
      ] } }],
    });
    const award = releases.find((r) => r.ocid === ocidFor(world.tenders.t2) && r.tag[0] === "award")! as Release & { awards: { value: unknown; suppliers: { id: string }[] }[]; parties: { id: string; identifier: { scheme: string; id: string }; roles: string[] }[]; bids: unknown; tender: unknown };
    const supplier = award.parties.find((p) => p.roles.includes("supplier"))!;
    expect(supplier.identifier.scheme).toBe("NO-BRC");
    expect(supplier.identifier.id).toMatch(/^\d{9}$/);
    expect(award.awards[0]!.suppliers[0]!.id).toBe(supplier.id);
    expect(award.parties.find((p) => p.roles.includes("buyer"))!.identifier).toEqual({ scheme: "NO-BRC", id: "889640782", legalName: "Arbeids- og velferdsetaten" });
    expect(award.tender).toEqual({ id: world.tenders.t2, numberOfTenderers: 3 });
    expect(award.bids).toMatchObject({ statistics: [{ measure: "bids" }] });
  });

  it("filters by date: from is inclusive, to exclusive", async () => {
    const result = await runQuery(listOcdsReleases, { actor: null, rawInput: { from: "2025-10-01", to: "2025-10-11" }, db: testDb.db, clock });
    expect(result.ok && result.data?.releases.map((r) => r.tag[0])).toEqual(["tender", "tenderAmendment"]);
    const bad = await runQuery(listOcdsReleases, { actor: null, rawInput: { from: "i går" }, db: testDb.db, clock });
    expect(!bad.ok && bad.error.details?.fieldErrors).toEqual({ from: ["ocds.errors.date"] });
  });
});

describe("OCDS record packages", () => {
  it("every process's record: its releases and a compiled release, schema-valid", async () => {
    const ocids = [...new Set((await allReleases(100)).map((r) => r.ocid))];
    expect(ocids.length).toBe(8);
    for (const ocid of ocids) {
      const result = await runQuery(getOcdsRecord, { actor: null, rawInput: { ocid }, db: testDb.db, clock });
      if (!result.ok || result.data === null) throw new Error(`no record for ${ocid}`);
      const pkg = recordPackage(result.data, `http://localhost/api/v1/ocds/records/${ocid}`, NOW);
      const record = pkg.records[0]!;
      for (const release of [...record.releases, record.compiledRelease]) expect(ocdsValidators().release(release), release.id).toEqual([]);
      expect(record.compiledRelease.tag).toEqual(["compiled"]);
      expect(emptyStrings(pkg)).toEqual([]);
      expect(FORBIDDEN.filter((needle) => JSON.stringify(pkg).includes(needle))).toEqual([]);
      expect(Object.keys(pkg).sort()).toEqual(["extensions", "license", "publishedDate", "publisher", "records", "uri", "version"]);
    }
    const dialogue = await runQuery(getOcdsRecord, { actor: null, rawInput: { ocid: ocidFor(ids.dialogue!) }, db: testDb.db, clock });
    const compiled = dialogue.ok && dialogue.data ? recordPackage(dialogue.data, "x", NOW).records[0]!.compiledRelease : null;
    // Compiled: the tender's status from the latest release, the amended deadline, the planning milestone kept.
    expect(compiled).toMatchObject({ tender: { status: "active", title: "Konkurranse ocds 10", tenderPeriod: { endDate: "2025-11-08T09:00:00.000Z" }, amendments: [{ id: "1" }] }, planning: { milestones: [{ id: "response-deadline" }] } });
  });

  it("unknown, foreign, unpublished and absorbed ocids are not found", async () => {
    for (const ocid of [`${OCID_PREFIX}-nope`, `ocds-abcdef-${world.tenders.t1}`, ocidFor(ids.draft!), ocidFor(ids.fromDialogue!)]) {
      const result = await runQuery(getOcdsRecord, { actor: null, rawInput: { ocid }, db: testDb.db, clock });
      expect(result.ok && result.data, ocid).toBeNull();
    }
  });
});

describe("the routes", () => {
  it("releases: a package with Link to the next page; bad input and empty pages are problem+json; records by ocid", async () => {
    const releases = (await import("@/app/api/v1/ocds/releases/route")) as RouteModule;
    const first = await call(releases, "GET", "/api/v1/ocds/releases?pageSize=2", {});
    expect(first.status).toBe(200);
    const link = /^<([^>]+)>; rel="next"$/.exec(first.headers.get("link") ?? "");
    expect(link).not.toBeNull();
    const second = await call(releases, "GET", new URL(link![1]!).pathname + new URL(link![1]!).search, {});
    expect(second.status).toBe(200);
    const ids = (response: typeof first) => (response.json() as { releases: { id: string }[] }).releases.map((r) => r.id);
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
    const forged = await call(releases, "GET", "/api/v1/ocds/releases?after=bm90LWEtY3Vyc29y", {});
    expect([forged.status, forged.headers.get("content-type")]).toEqual([400, "application/problem+json"]);
    expect(ocdsValidators().releasePackage(first.json())).toEqual([]);
    const bad = await call(releases, "GET", "/api/v1/ocds/releases?pageSize=1000", {});
    expect([bad.status, bad.headers.get("content-type")]).toEqual([400, "application/problem+json"]);
    const empty = await call(releases, "GET", "/api/v1/ocds/releases?from=2030-01-01", {});
    expect(empty.status).toBe(404);
    const records = (await import("@/app/api/v1/ocds/records/[ocid]/route")) as RouteModule;
    const ocid = ocidFor(world.tenders.t5);
    const record = await call(records, "GET", `/api/v1/ocds/records/${ocid}`, { ocid });
    expect(record.status).toBe(200);
    expect((record.json() as { records: { ocid: string }[] }).records[0]!.ocid).toBe(ocid);
    const missing = await call(records, "GET", "/api/v1/ocds/records/x", { ocid: "x" });
    expect([missing.status, missing.headers.get("content-type")]).toEqual([404, "application/problem+json"]);
  });
});
