import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { removeBidDocument, submitBid, uploadBidDocument } from "@/lib/bids";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { bidSpecOf } from "@/lib/bids/load";
import { getBidEntry } from "@/lib/bids/queries/bid-entry";
import { getBidForm } from "@/lib/bids/queries/bid-form";
import { fixedClock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { runCommand, type Command } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import { askQuestion } from "@/lib/tenders";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

/*
 * Guards and economies of the bid commands that review found missing: removing a draft document is guarded like an
 * upload; the data key is unwrapped once per command; an upload to an existing draft seals only the document; a
 * submission never loads the draft documents' ciphertext; a user of two organisations acts for the chosen one.
 */

// Counts what the KEK and the cipher do, around the real implementations.
const calls = vi.hoisted(() => ({ unwrap: 0, cipher: 0 }));
vi.mock("@/lib/bids/keys", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/bids/keys")>();
  return {
    ...real,
    environmentKek: () => {
      const kek = real.environmentKek();
      return { id: kek.id, wrap: kek.wrap, unwrap: (wrapped: Buffer) => ((calls.unwrap += 1), kek.unwrap(wrapped)) };
    },
  };
});
vi.mock("node:crypto", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:crypto")>();
  const createCipheriv = ((...args: Parameters<typeof real.createCipheriv>) => ((calls.cipher += 1), real.createCipheriv(...args))) as typeof real.createCipheriv;
  return { ...real, default: { ...real, createCipheriv }, createCipheriv };
});

const testDb = setupTestDb();
const DEADLINE = new Date("2026-09-10T10:00:00.000Z");
const before = fixedClock(new Date(DEADLINE.getTime() - 86_400_000));
const after = fixedClock(DEADLINE);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const A: Record<string, Actor> = {};
const T: Record<string, string> = {};

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown, clock = before, db: Db = testDb.db) =>
  runCommand(command, { actor, rawInput, db, clock });
const pdf = (text: string) => new Uint8Array(Buffer.concat([PDF, Buffer.from(text)]));

async function validBid(tenderId: string) {
  const tender = await testDb.db.tender.findUniqueOrThrow({
    where: { id: tenderId },
    include: { lots: { orderBy: { number: "asc" } }, criteria: { orderBy: { position: "asc" } }, requirements: { orderBy: { position: "asc" } } },
  });
  const spec = bidSpecOf(tender);
  return {
    tenderId,
    lots: spec.lots.map((lot) => ({ lotId: lot.id, selected: "yes", price: "19 800" })),
    quality: spec.criteria.map((c) => ({ criterionId: c.id, answer: `Svar på ${c.name}` })),
    requirements: spec.requirements.map((r) => ({ requirementId: r.id, met: "yes", comment: "" })),
    exclusions: EXCLUSION_GROUNDS.map((code) => ({ code, applies: "no", comment: "" })),
  };
}

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({ jobbveien: "post@jobbveien.no", arbeidsglede: "post@arbeidsglede.no" })) A[key] = await actorFor(email);
  for (const [key, reference] of Object.entries({ open: "2026/0133", rehab: "2026/0121" })) T[key] = (await testDb.db.tender.findUniqueOrThrow({ where: { reference } })).id;
  await testDb.db.tender.updateMany({ where: { id: { in: [T.open!, T.rehab!] } }, data: { deadline: DEADLINE } });
});

describe("removing a draft document is guarded like an upload", () => {
  it("is refused at the deadline (in Oslo time) and on a cancelled competition, and the document stays", async () => {
    const up = await run(uploadBidDocument, A.jobbveien!, { tenderId: T.rehab, filename: "vedlegg.pdf", bytes: pdf("fjern meg") });
    if (!up.ok) throw new Error(JSON.stringify(up.error));
    const input = { tenderId: T.rehab, documentId: up.data.documentId };
    expect(await run(removeBidDocument, A.jobbveien!, input, after)).toMatchObject({
      ok: false, error: { code: "DEADLINE_PASSED", messageKey: "bids.errors.deadlinePassed", details: { messageParams: { at: "10.09.2026 kl. 12:00" } } },
    });
    await testDb.db.tender.update({ where: { id: T.rehab }, data: { status: "CANCELLED" } });
    try {
      expect(await run(removeBidDocument, A.jobbveien!, input)).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "bids.errors.notOpen" } });
    } finally {
      await testDb.db.tender.update({ where: { id: T.rehab }, data: { status: "ANNOUNCED" } });
    }
    expect(await testDb.db.bidDraftDocument.count({ where: { id: up.data.documentId } })).toBe(1);
    // Another organisation's document is not found; before the deadline the owner removes it.
    expect(await run(removeBidDocument, A.arbeidsglede!, input)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await run(removeBidDocument, A.jobbveien!, input)).toMatchObject({ ok: true });
    expect(await testDb.db.bidDraftDocument.count({ where: { id: up.data.documentId } })).toBe(0);
  });
});

describe("sealing economies", () => {
  it("a submission with documents (version, working copy and file all sealed) unwraps the data key once", async () => {
    const bid = await validBid(T.open!);
    await run(uploadBidDocument, A.arbeidsglede!, { tenderId: T.open, filename: "brev.pdf", bytes: pdf("brev") });
    calls.unwrap = 0;
    const result = await run(submitBid, A.arbeidsglede!, { ...bid, useDraftDocuments: "yes", documents: [{ filename: "cv.pdf", bytes: pdf("cv") }] });
    expect(result).toMatchObject({ ok: true });
    expect(calls.unwrap).toBe(1);
  });

  it("an upload to an existing draft seals only the document (no empty draft is sealed again)", async () => {
    await run(uploadBidDocument, A.jobbveien!, { tenderId: T.open, filename: "første.pdf", bytes: pdf("første") });
    calls.cipher = 0;
    const second = await run(uploadBidDocument, A.jobbveien!, { tenderId: T.open, filename: "andre.pdf", bytes: pdf("andre") });
    expect(second).toMatchObject({ ok: true });
    expect(calls.cipher).toBe(1);
  });

  it("a submission copies the draft documents' sealed bytes without loading them", async () => {
    const seen: string[] = [];
    // Records every draft row the command reads that carries a document's ciphertext.
    const watched = testDb.db.$extends({
      query: {
        $allModels: {
          async $allOperations({ model, args, query }) {
            const result = await query(args);
            const rows = (Array.isArray(result) ? result : [result]) as Record<string, unknown>[];
            for (const row of rows) {
              if (row && typeof row === "object") {
                if (model === "BidDraftDocument" && "ciphertext" in row) seen.push("BidDraftDocument.ciphertext");
                const docs = (row as { documents?: unknown }).documents;
                if (model === "BidDraft" && Array.isArray(docs) && docs.some((d) => d && typeof d === "object" && "ciphertext" in d)) seen.push("BidDraft.documents.ciphertext");
              }
            }
            return result;
          },
        },
      },
    }) as unknown as Db;
    const result = await run(submitBid, A.jobbveien!, { ...(await validBid(T.open!)), useDraftDocuments: "yes" }, before, watched);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(seen).toEqual([]);
    const draft = await testDb.db.bidDraftDocument.findMany({ where: { draft: { tenderId: T.open, supplierId: result.data.supplierId } }, orderBy: { sha256: "asc" } });
    const copied = await testDb.db.bidDocument.findMany({ where: { bidVersion: { receiptId: result.data.receiptId } }, orderBy: { sha256: "asc" } });
    expect(draft).toHaveLength(2);
    // One copy per lot's version, byte for byte the draft's ciphertext.
    expect(copied.length % draft.length).toBe(0);
    for (const doc of copied) {
      const source = draft.find((d) => d.sha256 === doc.sha256)!;
      expect(Buffer.from(doc.ciphertext).equals(Buffer.from(source.ciphertext))).toBe(true);
      expect([doc.filename, doc.mimeType, doc.sizeBytes, doc.keyId]).toEqual([source.filename, source.mimeType, source.sizeBytes, source.keyId]);
    }
  });
});

describe("a user of two organisations", () => {
  it("acts for the organisation chosen, in commands and reads; unchosen is a clear choice, never the first", async () => {
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "post@jobbveien.no" } });
    const other = await testDb.db.supplier.findFirstOrThrow({ where: { memberships: { some: { user: { email: "post@arbeidsglede.no" } } } } });
    await testDb.db.membership.create({ data: { userId: user.id, role: "SUPPLIER_USER", supplierId: other.id } });
    const both = await actorFor("post@jobbveien.no");
    const own = A.jobbveien!.memberships.find((m) => m.supplierId)!.supplierId!;
    const bid = await validBid(T.open!);

    expect(await run(submitBid, both, bid)).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { supplierId: ["bids.errors.chooseSupplier"] } } } });
    expect(await run(askQuestion, both, { tenderId: T.open, text: "Gjelder kravet hele perioden?" })).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { supplierId: ["questions.errors.chooseSupplier"] } } } });
    const chosen = await run(submitBid, both, { ...bid, supplierId: other.id });
    expect(chosen).toMatchObject({ ok: true, data: { supplierId: other.id } });

    const form = (supplierId?: string) => runQuery(getBidForm, { actor: both, rawInput: { tenderId: T.open, supplierId }, db: testDb.db });
    expect(await form(other.id)).toMatchObject({ ok: true, data: { supplierId: other.id, supplier: { id: other.id } } });
    expect(await form(own)).toMatchObject({ ok: true, data: { supplierId: own } });
    expect(await form()).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    // Naming an organisation the user is not in reads nothing.
    const stranger = await testDb.db.supplier.findFirstOrThrow({ where: { id: { notIn: [own, other.id] } } });
    expect(await form(stranger.id)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const entry = (supplierId?: string) => runQuery(getBidEntry, { actor: both, rawInput: { tenderId: T.open, supplierId }, db: testDb.db });
    expect(await entry(other.id)).toMatchObject({ ok: true, data: { supplierId: other.id, state: "SUBMITTED" } });
    expect(await entry()).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
