import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { removeBidDocument, saveBidDraft, submitBid, uploadBidDocument, withdrawBid } from "@/lib/bids";
import { receiptHash, canonicalBytes } from "@/lib/bids/canonical";
import { bidSpecOf, loadTenderForBid } from "@/lib/bids/load";
import { getBidForm } from "@/lib/bids/queries/bid-form";
import { listOwnBidOverview } from "@/lib/bids/queries/own-bids";
import { getReceipt } from "@/lib/bids/queries/receipt";
import { countReceivedBids } from "@/lib/bids/queries/received-count";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { fixedClock } from "@/lib/clock";
import { followersOf } from "@/lib/tenders/followers";
import { createDb } from "@/lib/db";
import { runCommand, type Command } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
/** The bid deadline every test below judges against: 12:00 Oslo summer time. */
const DEADLINE = new Date("2026-09-10T10:00:00.000Z");
const clock = fixedClock(new Date(DEADLINE.getTime() - 86_400_000));
const A: Record<string, Actor> = {};
const T: Record<string, string> = {};
const SECRET = "Vår hemmelige metode: jobbspesialist på arbeidsplassen fra dag én";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\nHEMMELIG-VEDLEGG-TEKST\n");

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown, db = testDb.db) =>
  runCommand(command, { actor, rawInput, db, clock });

/** A complete, valid bid for a tender: every lot, every criterion, every requirement, every exclusion ground. */
async function validBid(tenderId: string, price = "19 800") {
  const tender = await testDb.db.tender.findUniqueOrThrow({
    where: { id: tenderId },
    include: { lots: { orderBy: { number: "asc" } }, criteria: { orderBy: { position: "asc" } }, requirements: { orderBy: { position: "asc" } } },
  });
  const spec = bidSpecOf(tender);
  return {
    tenderId,
    lots: spec.lots.map((lot) => ({ lotId: lot.id, selected: "yes", price })),
    quality: spec.criteria.map((c, i) => ({ criterionId: c.id, answer: i === 0 ? SECRET : `Svar på ${c.name}` })),
    requirements: spec.requirements.map((r) => ({ requirementId: r.id, met: "yes", comment: "" })),
    exclusions: EXCLUSION_GROUNDS.map((code) => ({ code, applies: "no", comment: "" })),
  };
}
const counts = async () => ({
  bids: await testDb.db.bid.count(), versions: await testDb.db.bidVersion.count(), documents: await testDb.db.bidDocument.count(),
  receipts: await testDb.db.bidReceipt.count(), drafts: await testDb.db.bidDraft.count(), keys: await testDb.db.bidIdempotencyKey.count(),
  audit: await testDb.db.auditEvent.count(), notifications: await testDb.db.notification.count(),
});

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({
    jobbveien: "post@jobbveien.no", arbeidsglede: "post@arbeidsglede.no", bergen: "post@bergeninkludering.no",
    officer: "innkjoper.oslo@nav.no", evaluator: "fagperson@nav.no", manager: "leder@nav.no", admin: "admin@tiltaksanbud.no",
  })) A[key] = await actorFor(email);
  for (const [key, reference] of Object.entries({ open: "2026/0133", rehab: "2026/0121", reserved: "2026/0127", draft: "2026/0141", opened: "2026/0117" })) {
    T[key] = (await testDb.db.tender.findUniqueOrThrow({ where: { reference } })).id;
  }
  await testDb.db.tender.updateMany({ where: { id: { in: [T.open!, T.rehab!, T.reserved!] } }, data: { deadline: DEADLINE } });
  await testDb.db.qualificationRequirement.deleteMany({ where: { tenderId: T.open } });
  await testDb.db.qualificationRequirement.createMany({
    data: [
      { tenderId: T.open!, position: 1, requirement: "Erfaring med truckførerkurs de siste tre årene.", espdCode: "service-perform" },
      { tenderId: T.open!, position: 2, requirement: "Godkjent kursarrangør.", espdCode: null },
    ],
  });
});

describe("submitting", () => {
  it("validates against the tender's own criteria with field-level errors, and stores nothing", async () => {
    const before = await counts();
    const bid = await validBid(T.open!);
    const bad = {
      ...bid, lots: [{ ...bid.lots[0]!, price: "tolv kroner" }], quality: bid.quality.map((q) => ({ ...q, answer: "" })),
      requirements: [{ ...bid.requirements[0]!, met: "no" }], exclusions: bid.exclusions.slice(1),
    };
    const result = await run(submitBid, A.jobbveien!, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    const fields = result.error.details?.fieldErrors ?? {};
    expect(fields["lots.0.price"]).toEqual(["bids.errors.priceInvalid"]);
    if (bid.quality.length > 0) expect(fields["quality.0.answer"]).toEqual(["bids.errors.answerRequired"]);
    expect(Object.values(fields).flat()).toContain("bids.errors.exclusionRequired");
    expect(bid.requirements).toHaveLength(2);
    expect(fields["requirements.0.comment"]).toEqual(["bids.errors.notMetComment"]);
    expect(fields["requirements.1.met"]).toEqual(["bids.errors.metRequired"]);
    expect(await run(submitBid, A.jobbveien!, { ...bid, lots: [{ lotId: "not-a-lot", price: "100" }] })).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { "lots.0.lotId": ["bids.errors.unknownLot"] } } } });
    expect(await run(submitBid, A.jobbveien!, { tenderId: T.open, lots: "nope" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await counts()).toEqual(before);
  });

  it("submits a sealed version with a receipt and an outbox notice without content; no plaintext in any row", async () => {
    const upload = await run(uploadBidDocument, A.jobbveien!, { tenderId: T.open, filename: "../../Tilbudsbrev\u202e.pdf", claimedType: "application/pdf", bytes: new Uint8Array(PDF) });
    expect(upload).toMatchObject({ ok: true, data: { filename: "Tilbudsbrev.pdf" } });
    const result = await run(submitBid, A.jobbveien!, { ...(await validBid(T.open!)), useDraftDocuments: "yes", idempotencyKey: "form-token-0001" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ number: 1, submittedAt: clock.now().toISOString(), replayed: false });
    const versions = await testDb.db.bidVersion.findMany({ where: { receiptId: result.data.receiptId }, include: { documents: true } });
    expect(versions).toHaveLength(1);
    expect(versions[0]!.contentHash).toBe(result.data.contentHash);
    expect(versions[0]!.documents).toHaveLength(1);
    expect(versions[0]!.documents[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const row of [versions[0]!, versions[0]!.documents[0]!, ...(await testDb.db.bidDraft.findMany()), ...(await testDb.db.bidDraftDocument.findMany())]) {
      const bytes = Buffer.from(row.ciphertext).toString("utf8");
      expect(bytes).not.toContain("hemmelige");
      expect(bytes).not.toContain("HEMMELIG");
    }
    // The newest receipt notice (the demo seed's own bids wrote earlier ones).
    const note = await testDb.db.notification.findFirstOrThrow({ where: { kind: "bid.submitted" }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(note.payload)).not.toContain("hemmelige");
    expect(note.payload).toMatchObject({ number: 1, contentHash: result.data.contentHash });
    const bid = await testDb.db.bid.findFirstOrThrow({ where: { tenderId: T.open, supplierId: result.data.supplierId } });
    expect(bid).toMatchObject({ status: "SUBMITTED", version: 1 });
    const receipt = await runQuery(getReceipt, { actor: A.jobbveien, rawInput: { id: result.data.receiptId }, db: testDb.db });
    expect(receipt).toMatchObject({ ok: true, data: { number: 1, contentHash: result.data.contentHash } });
  });

  it("the receipt hash is the SHA-256 of the canonical form a supplier can rebuild from its answers and files", async () => {
    const receipt = await testDb.db.bidReceipt.findFirstOrThrow({ where: { tenderId: T.open }, include: { supplier: true, tender: true } });
    const bid = await validBid(T.open!);
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id: T.open }, include: { lots: true } });
    const canonical = {
      format: "tiltaksanbud-bid-1", tenderId: T.open!, tenderReference: tender.reference, supplierOrgnr: receipt.supplier.orgnr,
      lots: tender.lots.map((lot) => ({ lotId: lot.id, lotNumber: lot.number, price: { kind: "per-participant-month", unitPriceOre: "1980000" } })),
      quality: bid.quality.map((q) => ({ criterionId: q.criterionId, answer: q.answer })),
      requirements: bid.requirements.map((r, i) => ({ requirementId: r.requirementId, espdCode: i === 0 ? "service-perform" : null, met: true, comment: "" })),
      exclusionGrounds: bid.exclusions.map((e) => ({ code: e.code, applies: false, comment: "" })),
      documents: [{ filename: "Tilbudsbrev.pdf", mimeType: "application/pdf", sha256: (await import("node:crypto")).createHash("sha256").update(PDF).digest("hex"), sizeBytes: PDF.length }],
    };
    expect(canonicalBytes(canonical).length).toBeGreaterThan(0);
    expect(receiptHash(canonical)).toBe(receipt.contentHash);
  });

  it("the same form token again returns the first receipt and writes nothing; another organisation is refused", async () => {
    const before = await counts();
    const again = await run(submitBid, A.jobbveien!, { ...(await validBid(T.open!)), useDraftDocuments: "yes", idempotencyKey: "form-token-0001" });
    expect(again).toMatchObject({ ok: true, data: { number: 1, replayed: true } });
    expect(await counts()).toEqual(before);
    const changed = await run(submitBid, A.jobbveien!, { ...(await validBid(T.open!, "1")), useDraftDocuments: "yes", idempotencyKey: "form-token-0001" });
    expect(changed).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const other = A.arbeidsglede!.memberships[0]!.supplierId!;
    expect(await run(submitBid, A.jobbveien!, { ...(await validBid(T.open!)), supplierId: other })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    for (const role of ["officer", "evaluator", "manager", "admin"]) {
      expect(await run(submitBid, A[role]!, await validBid(T.open!))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect(await run(submitBid, A.jobbveien!, await validBid(T.draft!))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(submitBid, A.jobbveien!, await validBid(T.opened!))).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
    expect(await counts()).toEqual(before);
  });

  it("revising makes version 2, marks version 1 replaced and keeps it; withdrawing marks the bid; it can be submitted again", async () => {
    const revised = await run(submitBid, A.jobbveien!, { ...(await validBid(T.open!, "18 500")), useDraftDocuments: "yes" });
    expect(revised).toMatchObject({ ok: true, data: { number: 2 } });
    const bid = await testDb.db.bid.findFirstOrThrow({ where: { tenderId: T.open, supplierId: A.jobbveien!.memberships[0]!.supplierId! }, include: { versions: { orderBy: { number: "asc" } } } });
    expect(bid.versions.map((v) => [v.number, v.replacedAt !== null])).toEqual([[1, true], [2, false]]);
    expect(await run(withdrawBid, A.jobbveien!, { tenderId: T.open, idempotencyKey: "withdraw-0001" })).toMatchObject({ ok: true, data: { replayed: false } });
    expect(await run(withdrawBid, A.jobbveien!, { tenderId: T.open, idempotencyKey: "withdraw-0001" })).toMatchObject({ ok: true, data: { replayed: true } });
    expect(await testDb.db.bid.findUniqueOrThrow({ where: { id: bid.id } })).toMatchObject({ status: "WITHDRAWN", withdrawnAt: clock.now() });
    expect(await testDb.db.bidVersion.count({ where: { bidId: bid.id } })).toBe(2);
    expect(await run(withdrawBid, A.jobbveien!, { tenderId: T.open })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "bids.errors.nothingToWithdraw" } });
    expect(await run(submitBid, A.jobbveien!, { ...(await validBid(T.open!)), useDraftDocuments: "yes" })).toMatchObject({ ok: true, data: { number: 3 } });
    expect(await testDb.db.bid.findUniqueOrThrow({ where: { id: bid.id } })).toMatchObject({ status: "SUBMITTED", withdrawnAt: null, version: 3 });
  });

  it("a bid for two lots is one receipt with a version per lot; a revision for one lot withdraws the other, at its time", async () => {
    // An announced, unreserved competition no other test bids on, given a second lot.
    const tender = await testDb.db.tender.findFirstOrThrow({
      where: { status: "ANNOUNCED", reservation: "NONE", id: { notIn: Object.values(T) }, bids: { none: {} }, lots: { none: { reservation: { not: null } } } },
      select: { id: true, lots: { select: { number: true }, orderBy: { number: "desc" }, take: 1 } },
    });
    await testDb.db.lot.create({ data: { tenderId: tender.id, number: (tender.lots[0]?.number ?? 0) + 1, title: "Delkontrakt Nord", places: 10 } });
    await testDb.db.tender.update({ where: { id: tender.id }, data: { deadline: DEADLINE } });
    const bid = await validBid(tender.id);
    expect(bid.lots.length).toBeGreaterThanOrEqual(2);
    clock.set(new Date(DEADLINE.getTime() - 3_600_000));
    const first = await run(submitBid, A.bergen!, { ...bid, documents: [{ filename: "Tilbudsbrev.pdf", claimedType: "application/pdf", bytes: PDF }] });
    expect(first).toMatchObject({ ok: true, data: { number: 1, lotIds: bid.lots.map((l) => l.lotId) } });
    const supplierId = A.bergen!.memberships[0]!.supplierId!;
    const bids = () => testDb.db.bid.findMany({
      where: { tenderId: tender.id, supplierId }, orderBy: { lot: { number: "asc" } },
      include: { versions: { orderBy: { number: "asc" }, include: { documents: { select: { filename: true } } } } },
    });
    // Every lot's version carries the bid's document.
    expect((await bids()).map((b) => [b.status, b.versions.map((v) => v.documents.map((d) => d.filename))])).toEqual(bid.lots.map(() => ["SUBMITTED", [["Tilbudsbrev.pdf"]]]));

    const revisedAt = new Date(DEADLINE.getTime() - 1_800_000);
    clock.set(revisedAt);
    const revised = await run(submitBid, A.bergen!, { ...bid, lots: bid.lots.map((lot, i) => ({ ...lot, selected: i === 0 ? "yes" : "no" })) });
    expect(revised).toMatchObject({ ok: true, data: { number: 2, lotIds: [bid.lots[0]!.lotId], submittedAt: revisedAt.toISOString() } });
    const [kept, ...leftOut] = await bids();
    expect(kept).toMatchObject({ status: "SUBMITTED", version: 2, submittedAt: revisedAt });
    expect(kept!.versions.map((v) => [v.number, v.replacedAt])).toEqual([[1, revisedAt], [2, null]]);
    for (const other of leftOut) {
      expect(other).toMatchObject({ status: "WITHDRAWN", withdrawnAt: revisedAt, version: 1 });
      expect(other.versions.map((v) => v.replacedAt)).toEqual([null]);
    }
    const receipts = await testDb.db.bidReceipt.findMany({ where: { tenderId: tender.id, supplierId }, orderBy: { number: "asc" }, include: { versions: true } });
    expect(receipts.map((r) => [r.number, r.versions.length])).toEqual([[1, bid.lots.length], [2, 1]]);
  });

  it("a bid command holds the organisation's own-bid lock from the competition's load on", async () => {
    const supplierId = A.jobbveien!.memberships[0]!.supplierId!;
    const held = await testDb.db.$transaction(async (tx) => {
      await loadTenderForBid(tx, A.jobbveien!, T.open!, undefined);
      return tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted`;
    });
    expect(held[0]!.n).toBe(1);
    expect(supplierId).toBeTruthy();
  });

  it("drafts are sealed, read back only by the organisation, and documents can be removed", async () => {
    const saved = await run(saveBidDraft, A.arbeidsglede!, { tenderId: T.open, quality: [{ criterionId: "x", answer: "Halvferdig hemmelige utkast" }] });
    expect(saved.ok).toBe(true);
    const draft = await testDb.db.bidDraft.findFirstOrThrow({ where: { supplierId: A.arbeidsglede!.memberships[0]!.supplierId! } });
    // A draft alone makes the organisation a follower (it hears of answers, amendments and cancellation).
    expect(await followersOf(testDb.db, T.open!)).toContain(draft.supplierId);
    expect(Buffer.from(draft.ciphertext).toString("utf8")).not.toContain("hemmelige");
    const form = await runQuery(getBidForm, { actor: A.arbeidsglede, rawInput: { tenderId: T.open }, db: testDb.db });
    expect(form).toMatchObject({ ok: true, data: { draft: { content: { quality: [{ answer: "Halvferdig hemmelige utkast" }] } } } });
    for (const role of ["officer", "evaluator", "manager", "admin"]) {
      expect(await runQuery(getBidForm, { actor: A[role], rawInput: { tenderId: T.open }, db: testDb.db })).toMatchObject({ ok: false });
    }
    const up = await run(uploadBidDocument, A.arbeidsglede!, { tenderId: T.open, filename: "a.pdf", bytes: new Uint8Array(PDF) });
    expect(up.ok).toBe(true);
    if (!up.ok) return;
    expect(await run(removeBidDocument, A.jobbveien!, { tenderId: T.open, documentId: up.data.documentId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await run(removeBidDocument, A.arbeidsglede!, { tenderId: T.open, documentId: up.data.documentId })).toMatchObject({ ok: true });
    const overview = await runQuery(listOwnBidOverview, { actor: A.jobbveien, rawInput: undefined, db: testDb.db });
    expect(overview.ok && overview.data.some((row) => row.tender.id === T.open)).toBe(true);
  });

  it("refuses executables, mismatched types and files over the limit, storing nothing", async () => {
    const before = await counts();
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]);
    expect(await run(uploadBidDocument, A.jobbveien!, { tenderId: T.open, filename: "tilbud.pdf", bytes: new Uint8Array(elf) })).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "documents.errors.executable" } });
    expect(await run(uploadBidDocument, A.jobbveien!, { tenderId: T.open, filename: "setup.exe", bytes: new Uint8Array(exe) })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await run(uploadBidDocument, A.jobbveien!, { tenderId: T.open, filename: "tilbud.docx", bytes: new Uint8Array(PDF) })).toMatchObject({ ok: false, error: { messageKey: "documents.errors.mismatch" } });
    expect(await run(uploadBidDocument, A.jobbveien!, { tenderId: T.open, filename: "tom.pdf", bytes: new Uint8Array() })).toMatchObject({ ok: false, error: { messageKey: "documents.errors.empty" } });
    const big = Buffer.concat([PDF, Buffer.alloc(25 * 1024 * 1024)]);
    expect(await run(uploadBidDocument, A.jobbveien!, { tenderId: T.open, filename: "stor.pdf", bytes: new Uint8Array(big) })).toMatchObject({ ok: false, error: { code: "TOO_LARGE", details: { messageParams: { limit: "25 MB" } } } });
    expect(await counts()).toEqual(before);
  });
});

describe("what the authority sees before opening", () => {
  it("officers, evaluators and managers of the region see how many bids came in; suppliers and admins do not", async () => {
    const submitted = await testDb.db.bid.findMany({ where: { tenderId: T.open, status: "SUBMITTED" }, select: { supplierId: true } });
    for (const role of ["officer", "evaluator", "manager"]) {
      expect(await runQuery(countReceivedBids, { actor: A[role], rawInput: { tenderId: T.open }, db: testDb.db })).toEqual({
        ok: true, data: { regionId: expect.any(String), announcedAt: expect.any(Date), organisations: new Set(submitted.map((b) => b.supplierId)).size, lotBids: submitted.length },
      });
    }
    for (const role of ["jobbveien", "admin"]) {
      expect(await runQuery(countReceivedBids, { actor: A[role], rawInput: { tenderId: T.open }, db: testDb.db })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
  });
});

describe("reserved competitions", () => {
  it("refuses an organisation without verified eligibility, naming the reservation; a verified one may bid", async () => {
    const before = await counts();
    const refused = await run(submitBid, A.jobbveien!, await validBid(T.reserved!));
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN", messageKey: "bids.errors.reservedWorkInclusion", details: { messageParams: { lot: "Bergen" } } } });
    if (!refused.ok) expect(String(refused.error.details?.messageParams?.basis)).toContain("§ 30-3");
    // The kind alone does not count: an ideal organisation is not a work-inclusion enterprise.
    expect(await run(submitBid, A.arbeidsglede!, await validBid(T.reserved!))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await counts()).toEqual(before);
    expect(await run(submitBid, A.bergen!, await validBid(T.reserved!))).toMatchObject({ ok: true });
  });
});

describe("the deadline", () => {
  it("accepts a bid 1 ms before the deadline and refuses one at it, in Oslo time, storing nothing", async () => {
    clock.set(new Date(DEADLINE.getTime() - 1));
    expect(await run(submitBid, A.arbeidsglede!, await validBid(T.rehab!))).toMatchObject({ ok: true, data: { submittedAt: "2026-09-10T09:59:59.999Z" } });
    clock.set(DEADLINE);
    const before = await counts();
    expect(await run(submitBid, A.arbeidsglede!, await validBid(T.rehab!))).toMatchObject({
      ok: false, error: { code: "DEADLINE_PASSED", messageKey: "bids.errors.deadlinePassed", details: { messageParams: { at: "10.09.2026 kl. 12:00" } } },
    });
    expect(await run(withdrawBid, A.arbeidsglede!, { tenderId: T.rehab })).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED" } });
    expect(await run(saveBidDraft, A.arbeidsglede!, { tenderId: T.rehab })).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED" } });
    expect(await counts()).toEqual(before);
  });

  it("on the DST switch day (29 March 2026, 03:00 CEST) the same boundary holds", async () => {
    const dst = new Date("2026-03-29T01:00:00.000Z"); // 03:00 CEST, the first instant after the switch
    await testDb.db.tender.update({ where: { id: T.rehab }, data: { deadline: dst } });
    clock.set(new Date(dst.getTime() - 1));
    expect(await run(submitBid, A.jobbveien!, await validBid(T.rehab!))).toMatchObject({ ok: true });
    clock.set(dst);
    expect(await run(submitBid, A.jobbveien!, await validBid(T.rehab!))).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED", details: { messageParams: { at: "29.03.2026 kl. 03:00" } } } });
    await testDb.db.tender.update({ where: { id: T.rehab }, data: { deadline: DEADLINE } });
    clock.set(new Date(DEADLINE.getTime() - 86_400_000));
  });

  it("with the system clock, the database's clock judges (a deadline just past is refused, one ahead accepted)", async () => {
    const [row] = await testDb.db.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
    const now = row!.now;
    await testDb.db.tender.update({ where: { id: T.rehab }, data: { deadline: new Date(now.getTime() - 1000) } });
    const system = (input: unknown) => runCommand(submitBid, { actor: A.arbeidsglede, rawInput: input, db: testDb.db });
    expect(await system(await validBid(T.rehab!))).toMatchObject({ ok: false, error: { code: "DEADLINE_PASSED" } });
    await testDb.db.tender.update({ where: { id: T.rehab }, data: { deadline: new Date(now.getTime() + 60_000) } });
    expect(await system(await validBid(T.rehab!))).toMatchObject({ ok: true });
    await testDb.db.tender.update({ where: { id: T.rehab }, data: { deadline: DEADLINE } });
  });

  it("concurrent submissions racing the deadline: each accepted one is stored exactly once, none after", async () => {
    const suppliers = [A.jobbveien!, A.arbeidsglede!, A.bergen!];
    const other = createDb(testDb.url);
    try {
      const attempts = suppliers.flatMap((actor, i) => [DEADLINE.getTime() - 2, DEADLINE.getTime() - 1, DEADLINE.getTime(), DEADLINE.getTime() + 1].map(async (ms, j) => {
        const at = fixedClock(new Date(ms));
        return runCommand(submitBid, { actor, rawInput: { ...(await validBid(T.rehab!)), idempotencyKey: `race-${i}-${j}-key` }, db: j % 2 ? other : testDb.db, clock: at });
      }));
      const before = await testDb.db.bidReceipt.count({ where: { tenderId: T.rehab } });
      const results = await Promise.all(attempts);
      const accepted = results.filter((r) => r.ok).length;
      expect(accepted).toBe(6);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === "DEADLINE_PASSED")).toBe(true);
      expect(await testDb.db.bidReceipt.count({ where: { tenderId: T.rehab } })).toBe(before + accepted);
    } finally {
      await other.$disconnect();
    }
  });

  it("two handlers with the same key at once (two clients) create one version", async () => {
    const other = createDb(testDb.url);
    try {
      const input = { ...(await validBid(T.rehab!)), idempotencyKey: "double-click-key-1" };
      clock.set(new Date(DEADLINE.getTime() - 60_000));
      const before = await testDb.db.bidVersion.count();
      const [a, b] = await Promise.all([run(submitBid, A.jobbveien!, input), run(submitBid, A.jobbveien!, input, other)]);
      expect(a.ok && b.ok).toBe(true);
      if (!a.ok || !b.ok) return;
      expect(a.data.receiptId).toBe(b.data.receiptId);
      expect([a.data.replayed, b.data.replayed].sort()).toEqual([false, true]);
      // The replay is the first result exactly (its time as the first response wrote it), but for `replayed`.
      const { replayed: _first, ...first } = a.data;
      const { replayed: _second, ...second } = b.data;
      expect(second).toEqual(first);
      expect(await testDb.db.bidVersion.count()).toBe(before + 1);
    } finally {
      await other.$disconnect();
    }
  });
});
