import { beforeAll, describe, expect, it } from "vitest";
import { documentContext, versionContext } from "@/lib/bids/contexts";
import { openForTender } from "@/lib/bids/sealing";
import type { Db } from "@/lib/db";
import { Role, TenderStatus } from "@/lib/generated/prisma/client";
import { isValidOrgnr } from "@/lib/suppliers/orgnr";
import { DEMO_USERS, seed, seedIfEmpty } from "@/prisma/seed/index";
import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();

const TABLES = ["region", "municipality", "measureType", "threshold", "supplier", "user", "membership", "tender", "lot", "awardCriterion", "question", "answer", "amendment", "bid", "bidVersion", "bidDocument", "panelMember", "evaluationScore", "awardDecision", "contract"] as const;

async function counts(db: Db): Promise<Record<string, number>> {
  const entries = await Promise.all(TABLES.map(async (table) => [table, await (db[table] as unknown as { count(): Promise<number> }).count()] as const));
  return Object.fromEntries(entries);
}

describe("seed", () => {
  let first: Record<string, number>;

  beforeAll(async () => {
    expect(await seedIfEmpty(testDb.db)).toBe(true);
    first = await counts(testDb.db);
  });

  it("creates nothing new when run again", async () => {
    expect(await seed(testDb.db)).toEqual({ tendersCreated: 0 });
    expect(await seedIfEmpty(testDb.db)).toBe(false);
    expect(await counts(testDb.db)).toEqual(first);
  });

  it("has the 12 NAV regions and 40+ suppliers with valid organisation numbers", async () => {
    expect(first.region).toBe(12);
    const suppliers = await testDb.db.supplier.findMany();
    expect(suppliers.length).toBeGreaterThanOrEqual(40);
    expect(suppliers.filter((s) => !isValidOrgnr(s.orgnr))).toEqual([]);
    expect(new Set(suppliers.map((s) => s.kind)).size).toBe(5);
  });

  it("has a user in every role and the demo log-ins", async () => {
    const roles = await testDb.db.membership.findMany({ distinct: ["role"], select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(Object.values(Role).sort());
    const emails = (await testDb.db.user.findMany({ select: { email: true } })).map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(DEMO_USERS.map((u) => u.email)));
  });

  it("has a competition in every status", async () => {
    const statuses = await testDb.db.tender.findMany({ distinct: ["status"], select: { status: true } });
    expect(statuses.map((t) => t.status).sort()).toEqual(Object.values(TenderStatus).sort());
  });

  it("gives every competition criteria whose weights sum to 100, and sub-criteria that sum to their parent", async () => {
    const criteria = await testDb.db.awardCriterion.findMany();
    const tenders = new Set(criteria.map((c) => c.tenderId));
    expect(tenders.size).toBe(first.tender);
    for (const tenderId of tenders) {
      const top = criteria.filter((c) => c.tenderId === tenderId && c.parentId === null);
      expect(top.reduce((sum, c) => sum + c.weight.toNumber(), 0)).toBe(100);
      for (const parent of top) {
        const children = criteria.filter((c) => c.parentId === parent.id);
        if (children.length > 0) expect(children.reduce((sum, c) => sum + c.weight.toNumber(), 0)).toBe(parent.weight.toNumber());
      }
    }
  });

  it("keeps bids sealed before opening and reveals prices only from OPENED on", async () => {
    const bids = await testDb.db.bid.findMany({ include: { tender: true, versions: true } });
    const before = bids.filter((b) => b.tender.status === "ANNOUNCED");
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((b) => b.priceOre === null)).toBe(true);
    const submitted = bids.filter((b) => b.status === "SUBMITTED");
    expect(submitted.length).toBeGreaterThan(0);
    // Sealed under the competition's own data key (lib/bids/sealing), never a demo key from a public string.
    expect(submitted.every((b) => b.versions.length > 0 && b.versions.every((v) => v.keyId === `tender:${b.tenderId}` && v.ciphertext.length > 0))).toBe(true);
    // They open under their competition's key in the contexts submitBid uses — and nowhere else.
    const bid = submitted[0]!;
    const version = await testDb.db.bidVersion.findFirstOrThrow({ where: { bidId: bid.id }, include: { documents: true } });
    const content = await testDb.db.$transaction((tx) => openForTender(tx, bid.tenderId, version, versionContext(version.id)));
    expect(JSON.parse(content.toString("utf8"))).toMatchObject({ unitPriceNok: expect.any(Number), version: version.number });
    const document = version.documents[0]!;
    const letter = await testDb.db.$transaction((tx) => openForTender(tx, bid.tenderId, document, documentContext(bid.tenderId, bid.supplierId, document.sha256)));
    expect(letter.toString("utf8")).toBe(`Tilbudsbrev, versjon ${version.number}`);
    await expect(testDb.db.$transaction((tx) => openForTender(tx, bid.tenderId, version, versionContext("another")))).rejects.toThrow();
  });
});

describe("seed through the commands", () => {
  it("shows a draft awaiting approval and an announced competition with interest, published Q&A and an amendment, each step audited as its command", async () => {
    const waiting = await testDb.db.tender.findFirstOrThrow({ where: { title: "Arbeidsrettet rehabilitering i Sunnhordland og på Voss" } });
    expect(waiting).toMatchObject({ status: "DRAFT", submittedAt: expect.any(Date), approvedById: null });

    const announced = await testDb.db.tender.findFirstOrThrow({
      where: { title: "Avklaring for unge med sammensatte behov i Oslo" },
      include: { interests: true, questions: { include: { answer: true } }, amendments: true },
    });
    expect(announced.status).toBe("ANNOUNCED");
    expect(announced.interests).toHaveLength(1);
    expect(announced.questions).toEqual([expect.objectContaining({ publicNumber: 1, answer: expect.objectContaining({ publishedAt: expect.any(Date) }) })]);
    expect(announced.amendments).toEqual([expect.objectContaining({ number: 1, newDeadline: announced.deadline })]);

    const steps = await testDb.db.auditEvent.findMany({ where: { chain: `tender:${announced.id}` }, orderBy: { seq: "asc" }, select: { action: true } });
    expect(steps.map((step) => step.action)).toEqual(expect.arrayContaining(["tender.draft_created", "tender.submitted_for_approval", "tender.approved", "tender.announced"]));
    expect(await testDb.db.tender.count({ where: { status: "CANCELLED", cancelReason: { not: null } } })).toBeGreaterThan(0);
  });
});
