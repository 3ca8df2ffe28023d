import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { fixedClock, type Clock } from "@/lib/clock";
import { uploadDocument } from "@/lib/documents/commands/upload-document";
import { checkDocument, MAX_DOCUMENT_BYTES } from "@/lib/documents/rules";
import { sniffType } from "@/lib/documents/sniff";
import { getPublicDocumentFile, listPublicDocuments } from "@/lib/documents/queries/public-documents";
import { runCommand, type Command } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import { postgresStorage } from "@/lib/storage";
import { amendTender, announceTender, approveDraft, createDraft, submitDraft, updateDraft } from "@/lib/tenders";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const drafting = fixedClock("2025-03-03T09:00:00.000Z");
const later = fixedClock("2025-03-05T09:00:00.000Z");
const A: Record<string, Actor> = {};
let osloRegionId: string;
let measureId: string;

const FIXTURES = path.join(__dirname, "..", "fixtures", "documents");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const PDF = fixture("konkurransegrunnlag.pdf");
const DOCX = fixture("kravspesifikasjon.docx");
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown, clock: Clock = drafting) =>
  runCommand(command, { actor, rawInput, db: testDb.db, clock });
const publicRead = (query: typeof listPublicDocuments, rawInput: unknown) => runQuery(query, { actor: null, rawInput, db: testDb.db, clock: later });
const publicFile = (rawInput: unknown) => runQuery(getPublicDocumentFile, { actor: null, rawInput, db: testDb.db, clock: later });
const versionCount = () => testDb.db.tenderDocumentVersion.count();

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({ drafter: "innkjoper.oslo@nav.no", manager: "leder.oslo@nav.no", vestlandOfficer: "innkjoper.vestland@nav.no" })) A[key] = await actorFor(email);
  osloRegionId = (await testDb.db.region.findFirstOrThrow({ where: { name: "Nav Oslo" } })).id;
  measureId = (await testDb.db.measureType.findUniqueOrThrow({ where: { code: "OPPFOLGING" } })).id;
});

/** A complete Part IV draft (deadline Thu 20 March 2025 12:00 Oslo), optionally taken all the way to ANNOUNCED. */
async function tenderIn(stage: "DRAFT" | "READY" | "ANNOUNCED") {
  const created = await run(createDraft, A.drafter!, { measureTypeId: measureId, regionId: osloRegionId, title: "Oppfølging med dokumenter" });
  if (!created.ok) throw created.error;
  const id = created.data.id;
  const saved = await run(updateDraft, A.drafter!, {
    tenderId: id, version: 0, title: "Oppfølging med dokumenter", description: "Oppfølging i Oslo.", estimatedValue: "12 000 000", optionModel: "2+1+1",
    questionDeadline: "10.03.2025 12:00", deadline: "20.03.2025 12:00", priceWeight: "30", quality: [{ name: "Metode", weight: "70" }], lots: [{ title: "Oslo", places: "30" }],
  });
  if (!saved.ok) throw saved.error;
  if (stage === "DRAFT") return id;
  for (const [command, actor, version] of [[submitDraft, A.drafter!, 1], [approveDraft, A.manager!, 2]] as const) {
    const result = await run(command, actor, { tenderId: id, version });
    if (!result.ok) throw result.error;
  }
  if (stage === "READY") return id;
  const announced = await run(announceTender, A.drafter!, { tenderId: id, version: 3 });
  if (!announced.ok) throw announced.error;
  return id;
}

const upload = (tenderId: string, extra: Record<string, unknown> = {}, actor = A.drafter!, clock: Clock = drafting) =>
  run(uploadDocument, actor, { tenderId, filename: "konkurransegrunnlag.pdf", claimedType: "application/pdf", bytes: PDF, ...extra }, clock);

describe("uploading tender documents", () => {
  it("stores a draft's PDF with its sniffed type, size and SHA-256; the bytes come back identical", async () => {
    const id = await tenderIn("DRAFT");
    const result = await upload(id, { title: "Konkurransegrunnlag" });
    expect(result).toMatchObject({ ok: true, data: { number: 1, sha256: sha(PDF), pending: false } });
    if (!result.ok) return;
    const version = await testDb.db.tenderDocumentVersion.findUniqueOrThrow({ where: { id: result.data.versionId } });
    expect(version).toMatchObject({ contentType: "application/pdf", sizeBytes: PDF.byteLength, sha256: sha(PDF), storageKey: `sha256:${sha(PDF)}` });
    const stored = await postgresStorage(testDb.db).get(version.storageKey);
    expect(sha(stored!)).toBe(sha(PDF));
    expect(await testDb.db.auditEvent.count({ where: { action: "tender.document_uploaded", entityId: version.id } })).toBe(1);
  });

  it("stores the file name sanitised, as bid and supplier documents are (no path, no bidi characters)", async () => {
    const id = await tenderIn("DRAFT");
    const result = await upload(id, { filename: "../../Konkurranse\u202egrunnlag.pdf" });
    if (!result.ok) throw result.error;
    const version = await testDb.db.tenderDocumentVersion.findUniqueOrThrow({ where: { id: result.data.versionId }, include: { document: true } });
    expect(version.filename).toBe("Konkurransegrunnlag.pdf");
    expect(version.document.title).toBe("Konkurransegrunnlag");
  });

  it("a new version keeps the old one; the latest is current; identical bytes are stored once", async () => {
    const id = await tenderIn("DRAFT");
    const first = await upload(id);
    if (!first.ok) throw first.error;
    const second = await upload(id, { documentId: first.data.documentId, filename: "kravspesifikasjon.docx", claimedType: "", bytes: DOCX });
    expect(second).toMatchObject({ ok: true, data: { documentId: first.data.documentId, number: 2, sha256: sha(DOCX) } });
    const again = await upload(id, { documentId: first.data.documentId });
    expect(again).toMatchObject({ ok: true, data: { number: 3 } });
    const versions = await testDb.db.tenderDocumentVersion.findMany({ where: { documentId: first.data.documentId }, orderBy: { number: "asc" } });
    expect(versions.map((version) => version.number)).toEqual([1, 2, 3]);
    expect(await testDb.db.storedObject.count({ where: { key: `sha256:${sha(PDF)}` } })).toBe(1);
  });

  it("refuses a PDF named .docx, a claimed type that disagrees, an .exe and an empty file, writing nothing", async () => {
    const id = await tenderIn("DRAFT");
    const before = await versionCount();
    expect(await upload(id, { filename: "krav.docx", claimedType: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "documents.errors.mismatch" } });
    expect(await upload(id, { claimedType: "text/html" })).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "documents.errors.mismatch" } });
    expect(await upload(id, { filename: "setup.exe" })).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "documents.errors.type" } });
    expect(await upload(id, { bytes: new Uint8Array() })).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "documents.errors.empty" } });
    expect(await upload(id, { filename: "a\u0000.pdf" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await versionCount()).toBe(before);
    expect(await testDb.db.tenderDocument.count({ where: { tenderId: id } })).toBe(0);
  });

  it("refuses a file over 20 MB with TOO_LARGE and the limit in the message", async () => {
    const id = await tenderIn("DRAFT");
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(PDF);
    expect(await upload(id, { bytes: big })).toMatchObject({ ok: false, error: { code: "TOO_LARGE", messageKey: "documents.errors.tooLarge", details: { messageParams: { limit: "20 MB" } } } });
    expect(await testDb.db.tenderDocument.count({ where: { tenderId: id } })).toBe(0);
  });

  it("another region's officer is FORBIDDEN and writes nothing; an approved (READY) tender takes no uploads", async () => {
    const draft = await tenderIn("DRAFT");
    const before = await versionCount();
    expect(await upload(draft, {}, A.vestlandOfficer!)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await upload(draft, {}, A.manager!)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const ready = await tenderIn("READY");
    expect(await upload(ready)).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "documents.errors.state" } });
    expect(await versionCount()).toBe(before);
    expect(await upload("no-such-tender")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("a new version of another tender's document is NOT_FOUND", async () => {
    const one = await tenderIn("DRAFT");
    const other = await tenderIn("DRAFT");
    const first = await upload(one);
    if (!first.ok) throw first.error;
    expect(await upload(other, { documentId: first.data.documentId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("public documents", () => {
  it("a draft's documents are never public; once announced the current version is, with its hash", async () => {
    const id = await tenderIn("READY");
    const draftId = await tenderIn("DRAFT");
    const draftUpload = await upload(draftId);
    if (!draftUpload.ok) throw draftUpload.error;
    expect(await publicRead(listPublicDocuments, { id: draftId })).toEqual({ ok: true, data: null });
    expect(await publicFile({ id: draftId, documentId: draftUpload.data.documentId })).toEqual({ ok: true, data: null });

    // A tender announced with a document uploaded while it was a draft.
    const withDocument = await tenderIn("DRAFT");
    const uploaded = await upload(withDocument);
    if (!uploaded.ok) throw uploaded.error;
    for (const [command, actor, version] of [[submitDraft, A.drafter!, 1], [approveDraft, A.manager!, 2], [announceTender, A.drafter!, 3]] as const) {
      const result = await run(command, actor, { tenderId: withDocument, version });
      if (!result.ok) throw result.error;
    }
    const listed = await publicRead(listPublicDocuments, { id: withDocument });
    expect(listed).toMatchObject({ ok: true, data: [{ id: uploaded.data.documentId, current: { number: 1, sha256: sha(PDF), contentType: "application/pdf", sizeBytes: PDF.byteLength } }] });
    const file = await publicFile({ id: withDocument, documentId: uploaded.data.documentId });
    expect(file.ok && file.data && sha(await file.data.content())).toBe(sha(PDF));
    expect(file).toMatchObject({ ok: true, data: { filename: "konkurransegrunnlag.pdf", contentType: "application/pdf", sha256: sha(PDF) } });
    // Approved but not announced: no more public than a draft.
    expect(await publicRead(listPublicDocuments, { id })).toEqual({ ok: true, data: null });
  });

  it("after announcement an upload is pending (not public) until an amendment publishes it, and notifies followers", async () => {
    const id = await tenderIn("DRAFT");
    const original = await upload(id);
    if (!original.ok) throw original.error;
    for (const [command, actor, version] of [[submitDraft, A.drafter!, 1], [approveDraft, A.manager!, 2], [announceTender, A.drafter!, 3]] as const) {
      const result = await run(command, actor, { tenderId: id, version });
      if (!result.ok) throw result.error;
    }
    const supplier = await testDb.db.supplier.findFirstOrThrow();
    await testDb.db.tenderInterest.create({ data: { tenderId: id, supplierId: supplier.id } });

    const revised = await upload(id, { documentId: original.data.documentId, filename: "kravspesifikasjon.docx", claimedType: "", bytes: DOCX }, A.drafter!, later);
    expect(revised).toMatchObject({ ok: true, data: { number: 2, pending: true } });
    expect(await publicRead(listPublicDocuments, { id })).toMatchObject({ ok: true, data: [{ current: { number: 1, sha256: sha(PDF) } }] });

    // A material amendment must extend the deadline (Part IV: later than 20.03.2025 12:00).
    const noExtension = await run(amendTender, A.drafter!, { tenderId: id, version: 4, reason: "Ny kravspesifikasjon." }, later);
    expect(noExtension).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "amendments.errors.mustExtend", details: { fieldErrors: { deadline: ["amendments.errors.mustExtend"] } } } });
    const amended = await run(amendTender, A.drafter!, { tenderId: id, version: 4, reason: "Ny kravspesifikasjon.", deadline: "27.03.2025 12:00" }, later);
    expect(amended).toMatchObject({ ok: true, data: { number: 1, version: 5 } });
    expect(await publicRead(listPublicDocuments, { id })).toMatchObject({ ok: true, data: [{ current: { number: 2, sha256: sha(DOCX), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } }] });
    const amendment = await testDb.db.amendment.findFirstOrThrow({ where: { tenderId: id } });
    expect(amendment.changes).toMatchObject({ deadline: { from: "2025-03-20T11:00:00.000Z", to: "2025-03-27T11:00:00.000Z" }, documents: [{ number: 2, sha256: sha(DOCX) }] });
    expect(await testDb.db.notification.count({ where: { kind: "tender.amended", recipientSupplierId: supplier.id, payload: { path: ["path"], string_contains: id } } })).toBe(1);
  });
});

describe("demo documents", () => {
  it("every published demo competition has a PDF that passes the upload rules, with its SHA-256; drafts have none", async () => {
    const versions = await testDb.db.tenderDocumentVersion.findMany({ where: { document: { tender: { reference: { startsWith: "2026/01" } } } }, include: { document: { include: { tender: true } } } });
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) {
      expect(version.document.tender.announcedAt).not.toBeNull();
      const bytes = (await postgresStorage(testDb.db).get(version.storageKey))!;
      expect(sha(bytes)).toBe(version.sha256);
      expect(checkDocument({ filename: version.filename, sizeBytes: bytes.byteLength, claimedType: version.contentType, sniffed: await sniffType(bytes) })).toMatchObject({ ok: true });
    }
  });
});
