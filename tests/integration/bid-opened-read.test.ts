import { beforeAll, describe, expect, it } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import { submitBid } from "@/lib/bids";
import { bidSpecOf } from "@/lib/bids/load";
import { readOpenedBid, readOpenedBidDocument } from "@/lib/bids/opened";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { fixedClock } from "@/lib/clock";
import { runCommand } from "@/lib/mutation";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const DEADLINE = new Date("2026-09-10T10:00:00.000Z");
const clock = fixedClock(new Date(DEADLINE.getTime() - 3_600_000));
const ANSWER = "Metode som bare åpnes etter fristen";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\nVEDLEGG-ETTER-ÅPNING\n");
let tenderId = "";
let bidId = "";

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  const tender = await testDb.db.tender.findUniqueOrThrow({
    where: { reference: "2026/0133" },
    include: { lots: { orderBy: { number: "asc" } }, criteria: { orderBy: { position: "asc" } }, requirements: { orderBy: { position: "asc" } } },
  });
  tenderId = tender.id;
  await testDb.db.tender.update({ where: { id: tenderId }, data: { deadline: DEADLINE } });
  const spec = bidSpecOf(tender);
  const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "post@jobbveien.no" } });
  const actor = (await loadActor(testDb.db, user.id))!;
  await runCommand(submitBid, {
    actor, db: testDb.db, clock,
    rawInput: {
      tenderId,
      lots: [{ lotId: spec.lots[0]!.id, selected: "yes", price: "21 000" }],
      quality: spec.criteria.map((c) => ({ criterionId: c.id, answer: ANSWER })),
      requirements: spec.requirements.map((r) => ({ requirementId: r.id, met: "yes", comment: "" })),
      exclusions: EXCLUSION_GROUNDS.map((code) => ({ code, applies: "no", comment: "" })),
      documents: [{ filename: "Tilbudsbrev.pdf", bytes: PDF }],
    },
  });
  const supplier = await testDb.db.supplier.findFirstOrThrow({ where: { memberships: { some: { userId: user.id } } } });
  bidId = (await testDb.db.bid.findUniqueOrThrow({ where: { tenderId_lotId_supplierId: { tenderId, lotId: spec.lots[0]!.id, supplierId: supplier.id } } })).id;
});

describe("reading a bid after opening", () => {
  it("refuses content and documents while the competition is sealed, whoever asks", async () => {
    await expect(testDb.db.$transaction((tx) => readOpenedBid(tx, bidId))).rejects.toMatchObject({ code: "FORBIDDEN", messageKey: "bids.errors.sealed" });
    const document = await testDb.db.bidDocument.findFirstOrThrow({ where: { bidVersion: { bidId } } });
    await expect(testDb.db.$transaction((tx) => readOpenedBidDocument(tx, document.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("decrypts the latest version and its documents once openedAt is set", async () => {
    await testDb.db.tender.update({ where: { id: tenderId }, data: { openedAt: DEADLINE } });
    const opened = await testDb.db.$transaction((tx) => readOpenedBid(tx, bidId));
    expect(opened?.versionNumber).toBe(1);
    expect(opened?.submission.quality.every((q) => q.answer === ANSWER)).toBe(true);
    expect(opened?.submission.lots[0]?.price).toEqual({ kind: "per-participant-month", unitPriceOre: "2100000" });
    expect(opened?.documents.map((d) => d.filename)).toEqual(["Tilbudsbrev.pdf"]);
    const file = await testDb.db.$transaction((tx) => readOpenedBidDocument(tx, opened!.documents[0]!.id));
    expect(file.bytes.equals(PDF)).toBe(true);
  });

  it("answers 404 for an unknown bid", async () => {
    await expect(testDb.db.$transaction((tx) => readOpenedBid(tx, "c000000000000000000000000"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
