import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative } from "node:path";

import { beforeAll, describe, expect, it, vi } from "vitest";

import type { Actor, Role } from "@/lib/auth/policy";
import { sealForTender } from "@/lib/bids/sealing";
import { ocidFor } from "@/lib/ocds/config";
import { postgresStorage } from "@/lib/storage";
import { fixedClock, setClockForTests } from "@/lib/clock";
import { runQuery, type Query } from "@/lib/query";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";
import { REPO_ROOT, sourceFiles } from "@/tests/helpers/source-files";

import { apiRouteFiles, call, useTestDbForApp, type RouteModule } from "./helpers/api-routes";
import { setupTestDb } from "./helpers/db";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator } = await import("@/lib/i18n");
  return { getLocale: async () => "nb", getTranslator: async () => ({ locale: "nb", t: createTranslator("nb") }) };
});
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor, getCurrentUser: async () => null, requireActor: async () => session.actor }));

/*
 * Sealed until opening (issue 10, point 10): before a competition is opened no authority role reads bid content or
 * documents through any query or API route — only how many bids came in. The bid below carries a marker in its
 * content and its document; every query in lib/<domain>/queries and every GET under app/api is run as each authority
 * role with every input shape the app uses, and no answer may carry the marker, the ciphertext or the sealing fields.
 */
const testDb = setupTestDb();
const MARKER = `SEGLET-MARKØR-${Date.now()}`;
const CONTENT = JSON.stringify({ unitPriceNok: 31_337, summary: `Metoden vår ${MARKER}` });
const DOCUMENT = `Tilbudsbrev med ${MARKER} – pris 31 337 kr`;
/** Reads granted to supplier users only (their own organisation's rows): refused to every authority role. */
const SUPPLIER_ONLY_READS = [
  "lib/api-tokens/queries/list-api-tokens.ts#listApiTokens",
  "lib/awards/queries/award-letter.ts#getAwardLetter",
  "lib/bids/queries/api-bids.ts#listOwnBids",
  "lib/bids/queries/api-bids.ts#getOwnBid",
  "lib/bids/queries/bid-entry.ts#getBidEntry",
  "lib/bids/queries/bid-form.ts#getBidForm",
  "lib/bids/queries/list-supplier-bids.ts#listSupplierBids",
  "lib/bids/queries/own-bids.ts#listOwnBidOverview",
  "lib/bids/queries/own-receipts.ts#listOwnReceipts",
  "lib/bids/queries/own-receipts.ts#listOwnReceiptCounts",
  "lib/bids/queries/receipt.ts#getReceipt",
  "lib/dialogues/queries/own-responses.ts#listOwnResponses",
  "lib/evaluation/queries/bidder-opening.ts#getOpeningForBidder",
  "lib/suppliers/queries/list-own-suppliers.ts#listOwnSuppliers",
  "lib/suppliers/queries/organisation.ts#getOwnOrganisation",
  "lib/suppliers/queries/organisation.ts#getOrganisationMembers",
  "lib/suppliers/queries/supplier-documents.ts#getOwnSupplierDocument",
  "lib/tenders/queries/my-questions.ts#listMyQuestions",
];
const AUTHORITY_ROLES: readonly Role[] = ["OFFICER", "EVALUATOR", "MANAGER", "ADMIN"];

let tender: { id: string; regionId: string; reference: string };
let bidId: string;
let documentId: string;
let tenderDocumentId: string | undefined;
let questionId: string | undefined;
let dialogueId: string | undefined;
let supplierId: string;
let supplierDocumentId: string;
const forbiddenText: string[] = [];
const actors: { label: string; actor: Actor }[] = [];

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  useTestDbForApp(testDb.db);
  setClockForTests(fixedClock(FIXED_BASE));
  const bid = await testDb.db.bid.findFirstOrThrow({
    where: { status: "SUBMITTED", tender: { status: "ANNOUNCED" } },
    select: { id: true, version: true, supplierId: true, tender: { select: { id: true, regionId: true, reference: true } } },
  });
  supplierId = bid.supplierId;
  // The bidder's eligibility documentation, so the admin's supplier reads run too (they must not reach bids).
  const statutes = Buffer.from("%PDF-1.4\n%%EOF\n");
  const storageKey = await postgresStorage(testDb.db).put(statutes);
  const uploadedById = (await testDb.db.user.findFirstOrThrow({ select: { id: true } })).id;
  supplierDocumentId = (await testDb.db.supplierDocument.create({ data: { supplierId, title: "Vedtekter", filename: "vedtekter.pdf", contentType: "application/pdf", sizeBytes: statutes.length, sha256: sha256(statutes.toString()), storageKey, uploadedById, uploadedAt: FIXED_BASE } })).id;
  tender = bid.tender;
  bidId = bid.id;
  const versionId = `sealed-reads-version`;
  documentId = `sealed-reads-document`;
  const content = await testDb.db.$transaction((tx) => sealForTender(tx, tender.id, Buffer.from(CONTENT), `bid-version:${versionId}`));
  const letter = await testDb.db.$transaction((tx) => sealForTender(tx, tender.id, Buffer.from(DOCUMENT), `bid-document:${documentId}`));
  await testDb.db.bidVersion.create({
    data: {
      id: versionId, bidId, number: bid.version + 1, ...content, contentHash: sha256(CONTENT), submittedAt: FIXED_BASE,
      documents: { create: { id: documentId, filename: "tilbudsbrev.txt", mimeType: "text/plain", sizeBytes: DOCUMENT.length, sha256: sha256(DOCUMENT), ...letter } },
    },
  });
  // Every sealed item of every unopened competition: none may leave the database through a read.
  const sealed = [
    ...(await testDb.db.bidVersion.findMany({ where: { bid: { tender: { openedAt: null } } }, select: { ciphertext: true, authTag: true } })),
    ...(await testDb.db.bidDocument.findMany({ where: { bidVersion: { bid: { tender: { openedAt: null } } } }, select: { ciphertext: true, authTag: true } })),
  ];
  expect(sealed.length).toBeGreaterThan(2);
  for (const item of sealed) {
    for (const bytes of [item.ciphertext, item.authTag]) forbiddenText.push(Buffer.from(bytes).toString("hex"), Buffer.from(bytes).toString("base64"));
  }
  forbiddenText.push(MARKER, Buffer.from(MARKER).toString("hex"), "31337", "31 337");
  tenderDocumentId = (await testDb.db.tenderDocument.findFirst({ where: { tenderId: tender.id }, select: { id: true } }))?.id;
  questionId = (await testDb.db.question.findFirst({ where: { tenderId: tender.id }, select: { id: true } }))?.id;
  dialogueId = (await testDb.db.marketDialogue.findFirst({ where: { regionId: tender.regionId }, select: { id: true } }))?.id;
  const userIdFor = async (role: Role) => (await testDb.db.membership.findFirstOrThrow({ where: { role, revokedAt: null }, select: { userId: true } })).userId;
  for (const role of AUTHORITY_ROLES) {
    const regionId = role === "ADMIN" ? null : tender.regionId;
    actors.push({ label: role, actor: { userId: await userIdFor(role), active: true, locale: "nb", memberships: [{ role, regionId, supplierId: null }] } });
  }
  // A declared chair's seat on the unopened competition (which the commands never allow before opening), so the
  // panel's reads run too: a seat must not open anything the opening has not.
  const evaluator = actors.find((entry) => entry.label === "EVALUATOR")!.actor;
  await testDb.db.panelMember.create({ data: { tenderId: tender.id, userId: evaluator.userId, isChair: true, impartialityAt: FIXED_BASE, scoresSubmittedAt: FIXED_BASE } });
  actors.push({ label: "MANAGER (national)", actor: { userId: await userIdFor("MANAGER"), active: true, locale: "nb", memberships: [{ role: "MANAGER", regionId: null, supplierId: null }] } });
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Every place in a value that carries sealed bytes, sealing fields or the plaintext. */
function leaks(value: unknown, path = "$"): string[] {
  if (value === null || value === undefined) return [];
  if (value instanceof Uint8Array) return leaks(Buffer.from(value).toString("hex"), path);
  if (typeof value === "string") return forbiddenText.some((text) => value.includes(text)) ? [path] : [];
  if (typeof value === "bigint" || typeof value === "number") return leaks(String(value), path);
  if (value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaks(item, `${path}[${index}]`));
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      ["ciphertext", "authTag", "iv", "wrappedKey"].includes(key) && item !== null ? [`${path}.${key}`] : leaks(item, `${path}.${key}`),
    );
  }
  return [];
}

/** The input shapes the app's queries take, filled with the unopened competition's ids. */
function candidateInputs(): unknown[] {
  const id = tender.id;
  return [
    undefined, {}, { id }, { tenderId: id }, { id, documentId: tenderDocumentId ?? "x" }, { id, documentId: tenderDocumentId ?? "x", number: "1" },
    { questionId: questionId ?? "x" }, { id: bidId }, { bidId }, { id: dialogueId ?? "x" }, { page: 1, pageSize: 100 }, { region: tender.regionId },
    { id: tender.regionId }, { id: actors[0]!.actor.userId }, { supplierId }, { supplierId, documentId: supplierDocumentId },
    { ocid: ocidFor(id) },
    // Opening and qualification (lib/evaluation/queries): an opened bid and its attachment, asked for while still sealed.
    { tenderId: id, bidId }, { tenderId: id, bidId, documentId },
  ];
}

async function allQueries(): Promise<{ name: string; file: string; query: Query<never, unknown> }[]> {
  const files = sourceFiles("lib").filter((file) => /\/lib\/[^/]+\/queries\/[^/]+\.ts$/.test(file));
  expect(files.length).toBeGreaterThan(20);
  const found: { name: string; file: string; query: Query<never, unknown> }[] = [];
  for (const file of files) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      const kind = (value as { kind?: unknown } | null)?.kind;
      if (kind === "detail" || kind === "list" || kind === "public") found.push({ name, file: relative(REPO_ROOT, file), query: value as Query<never, unknown> });
    }
  }
  return found;
}

describe("sealed until opening: no authority role reads bid content before the competition is opened", () => {
  it("the sealed content is only in the sealed columns (the competition is not opened, and its bids have no price)", async () => {
    expect(await testDb.db.tender.findUniqueOrThrow({ where: { id: tender.id }, select: { status: true, openedAt: true } })).toEqual({ status: "ANNOUNCED", openedAt: null });
    expect(await testDb.db.bid.count({ where: { tenderId: tender.id, priceOre: { not: null } } })).toBe(0);
    // The detector below can fail: the stored rows themselves are what it looks for.
    const stored = await testDb.db.bidVersion.findUniqueOrThrow({ where: { id: "sealed-reads-version" }, include: { documents: true } });
    expect(leaks(stored)).toEqual(expect.arrayContaining(["$.ciphertext", "$.documents[0].ciphertext"]));
    expect(leaks({ text: `x${MARKER}y` })).toEqual(["$.text"]);
  });

  it("every query in lib/*/queries, as every authority role, with every input shape: no sealed bytes, fields or plaintext", async () => {
    const queries = await allQueries();
    const exercised = new Set<string>();
    const found: string[] = [];
    for (const { name, file, query } of queries) {
      for (const { label, actor } of actors) {
        for (const rawInput of candidateInputs()) {
          const result = await runQuery(query as never, { actor, rawInput, db: testDb.db });
          if (!result.ok) continue;
          exercised.add(`${file}#${name}`);
          found.push(...leaks(result.data).map((where) => `${file}#${name} as ${label} with ${JSON.stringify(rawInput)}: ${where}`));
        }
      }
    }
    expect(found).toEqual([]);
    // Most queries answer an authority role; the rest are the supplier's own reads, refused to every authority role.
    const refusedToAuthority = queries.map(({ name, file }) => `${file}#${name}`).filter((key) => !exercised.has(key));
    expect(exercised.size).toBeGreaterThan(queries.length / 2);
    expect(refusedToAuthority).toEqual(SUPPLIER_ONLY_READS);
  });

  it("counts are what the officer sees: the list in scope gives how many bids came in, nothing of them", async () => {
    const { listTendersInScope } = await import("@/lib/tenders/queries/list-tenders-in-scope");
    const officer = actors.find((entry) => entry.label === "OFFICER")!.actor;
    const result = await runQuery(listTendersInScope, { actor: officer, rawInput: undefined, db: testDb.db });
    if (!result.ok) throw result.error;
    const row = (result.data as { id: string; _count: { bids: number } }[]).find((item) => item.id === tender.id)!;
    expect(row._count.bids).toBeGreaterThan(0);
    expect(leaks(row)).toEqual([]);
  });

  it("every GET under app/api, as every authority role (session) and anonymously: no sealed bytes, fields or plaintext", async () => {
    const routes = apiRouteFiles();
    expect(routes.map((route) => route.pattern)).toContain("/api/v1/tenders/[id]/questions");
    const found: string[] = [];
    let answered = 0;
    for (const { pattern, file } of routes) {
      if (pattern.includes("[...nextauth]")) continue;
      const handlers = (await import(file)) as RouteModule;
      if (!handlers.GET) continue;
      for (const id of [tender.id, bidId, dialogueId ?? "x"]) {
        const params: Record<string, string> = { id, documentId: tenderDocumentId ?? documentId, number: "1", path: "v1/bids" };
        const url = pattern.replace(/\[\.\.\.path\]/, "v1/bids").replace(/\[(\w+)\]/g, (_all, name: string) => encodeURIComponent(params[name] ?? "x"));
        for (const { label, actor } of [...actors, { label: "anonymous", actor: null }]) {
          session.actor = actor;
          const response = await call(handlers, "GET", url, params);
          expect(response.status, `${url} as ${label}`).toBeLessThan(500);
          if (response.status < 300) answered++;
          if (forbiddenText.some((text) => response.text.includes(text)) || /"(ciphertext|authTag)"/.test(response.text)) found.push(`${url} as ${label}`);
        }
      }
    }
    session.actor = null;
    expect(found).toEqual([]);
    expect(answered).toBeGreaterThan(10);
  });

  it("no page, server action, command or query reads sealed columns or opens a sealed item: only lib/bids does (opening lands there)", () => {
    const readers = sourceFiles("app", "lib", "components")
      .filter((file) => /\b(ciphertext|authTag|wrappedKey|openForTender)\b/.test(readFileSync(file, "utf8")))
      .map((file) => relative(REPO_ROOT, file));
    expect(readers.filter((file) => !file.startsWith("lib/bids/"))).toEqual([]);
  });
});
