import { createHash } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";

import { createApiToken, revokeApiToken } from "@/lib/api-tokens";
import { verifyAuditChains } from "@/lib/audit";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { bidSpecOf } from "@/lib/bids/load";
import { fixedClock, setClockForTests } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { runCommand } from "@/lib/mutation";
import { ZApiBidDetail, ZApiBidList, ZApiBidReceipt, ZApiBidSubmission, ZApiBidWithdrawal } from "@/lib/openapi/bid-responses";
import { ZProblem } from "@/lib/openapi/responses";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { call, useTestDbForApp, type RouteModule } from "./helpers/api-routes";
import { setupTestDb } from "./helpers/db";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator } = await import("@/lib/i18n");
  return { getLocale: async () => "nb", getTranslator: async () => ({ locale: "nb", t: createTranslator("nb") }) };
});
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor, getCurrentUser: async () => null, requireActor: async () => session.actor }));

/*
 * REST API v1, bids (issue 10 points 11 and 13): the routes in-process against a real PostgreSQL, as a supplier's
 * system calls them with its organisation's API token.
 */
const testDb = setupTestDb();
const DEADLINE = new Date("2026-09-10T10:00:00.000Z"); // 12:00 Oslo (summer time)
const clock = fixedClock(new Date(DEADLINE.getTime() - 86_400_000));
const SECRET = `API-HEMMELIG-${Date.now()}`;
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n${SECRET}\n`);
const R: Record<string, RouteModule> = {};
const tokens: Record<string, string> = {};
let tenderId: string;
let officer: Actor;
let tokenId: string;

const parsed = <T extends z.ZodType>(type: T, text: string) => type.parse(JSON.parse(text)) as z.output<T>;
const auth = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

async function validBid(price = "19 800") {
  const tender = await testDb.db.tender.findUniqueOrThrow({
    where: { id: tenderId },
    include: { lots: { orderBy: { number: "asc" } }, criteria: { orderBy: { position: "asc" } }, requirements: { orderBy: { position: "asc" } } },
  });
  const spec = bidSpecOf(tender);
  return {
    spec,
    body: {
      lots: spec.lots.map((lot) => ({ lotId: lot.id, selected: true, price })),
      quality: spec.criteria.map((c) => ({ criterionId: c.id, answer: `  Svar på ${c.name}: ${SECRET}  ` })),
      requirements: spec.requirements.map((r) => ({ requirementId: r.id, met: true, comment: "" })),
      exclusions: EXCLUSION_GROUNDS.map((code) => ({ code, applies: false, comment: "" })),
    },
  };
}

const submitJson = (body: unknown, headers: Record<string, string> = {}, who = "jobbveien", id = tenderId) =>
  call(R.submit!, "POST", `/api/v1/tenders/${id}/bids`, { id }, { headers: { "content-type": "application/json", ...auth(who), ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
const withPdf = (body: object) => ({ ...body, documents: [{ filename: "Tilbudsbrev.pdf", contentType: "application/pdf", contentBase64: PDF.toString("base64") }] });
const get = (route: string, url: string, params: Record<string, string>, headers: Record<string, string> = auth("jobbveien")) => call(R[route]!, "GET", url, params, { headers });
const receipts = () => testDb.db.bidReceipt.count({ where: { tenderId } });

/** The canonical form exactly as lib/bids/README.md documents it, built here independently of lib/bids. */
function jcs(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jcs).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${jcs((value as Record<string, unknown>)[key])}`).join(",")}}`;
  }
  return JSON.stringify(typeof value === "string" ? value.normalize("NFC") : value);
}

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  useTestDbForApp(testDb.db);
  setClockForTests(clock);
  const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
  officer = await actorFor("innkjoper.oslo@nav.no");
  for (const [who, email] of Object.entries({ jobbveien: "post@jobbveien.no", arbeidsglede: "post@arbeidsglede.no" })) {
    const created = await runCommand(createApiToken, { actor: await actorFor(email), rawInput: { name: "Fagsystem" }, db: testDb.db, clock });
    if (!created.ok) throw created.error;
    tokens[who] = created.data.token;
    if (who === "jobbveien") tokenId = created.data.id;
  }
  tenderId = (await testDb.db.tender.findUniqueOrThrow({ where: { reference: "2026/0133" } })).id;
  await testDb.db.tender.update({ where: { id: tenderId }, data: { deadline: DEADLINE } });
  R.submit = (await import("@/app/api/v1/tenders/[id]/bids/route")) as RouteModule;
  R.list = (await import("@/app/api/v1/bids/route")) as RouteModule;
  R.bid = (await import("@/app/api/v1/bids/[id]/route")) as RouteModule;
  R.withdraw = (await import("@/app/api/v1/bids/[id]/withdraw/route")) as RouteModule;
  R.receipt = (await import("@/app/api/v1/bids/[id]/receipt/route")) as RouteModule;
});

afterAll(() => {
  delete process.env.BID_MAX_TOTAL_BYTES;
  resetEnvCache();
});

describe("POST /api/v1/tenders/{id}/bids and the reads", () => {
  let bidId: string;
  let first: z.output<typeof ZApiBidSubmission>;

  it("submits (JSON, base64 document): 201 with the receipt; the list, the bid and its receipt follow; the hash is README's canonical form", async () => {
    const { spec, body } = await validBid();
    const response = await submitJson(withPdf(body), { "idempotency-key": "api-first-0001" });
    expect(response.status, response.text).toBe(201);
    first = parsed(ZApiBidSubmission, response.text);
    expect(first).toMatchObject({ tenderId, number: 1, replayed: false, lotIds: spec.lots.map((l) => l.id) });
    bidId = first.bids[0]!.id;
    expect(response.headers.get("location")).toBe(`/api/v1/bids/${bidId}`);

    const list = parsed(ZApiBidList, (await get("list", "/api/v1/bids", {})).text);
    expect(list.items.map((b) => b.id)).toContain(bidId);
    expect(list.items.every((b) => b.tenderId !== tenderId || b.id === bidId)).toBe(true);
    const only = parsed(ZApiBidList, (await get("list", `/api/v1/bids?tenderId=${tenderId}`, {})).text);
    expect(only.items).toHaveLength(1);
    expect(only.items[0]).toMatchObject({ id: bidId, status: "SUBMITTED", version: 1, receiptHref: `/api/v1/bids/${bidId}/receipt` });

    const detail = parsed(ZApiBidDetail, (await get("bid", `/api/v1/bids/${bidId}`, { id: bidId })).text);
    expect(detail.versions).toHaveLength(1);
    expect(detail.versions[0]).toMatchObject({ number: 1, current: true, contentHash: first.contentHash, receiptId: first.receiptId });
    expect(detail.versions[0]!.documents).toEqual([{ filename: "Tilbudsbrev.pdf", mimeType: "application/pdf", sizeBytes: PDF.length, sha256: createHash("sha256").update(PDF).digest("hex") }]);

    const receipt = parsed(ZApiBidReceipt, (await get("receipt", `/api/v1/bids/${bidId}/receipt`, { id: bidId })).text);
    expect(receipt).toMatchObject({ receiptId: first.receiptId, version: 1, contentHash: first.contentHash, canonicalForm: "tiltaksanbud-bid-1" });
    expect(receipt.submittedAtOslo).toBe("09.09.2026 kl. 12:00");
    const supplier = await testDb.db.supplier.findFirstOrThrow({ where: { id: first.supplierId } });
    const canonical = {
      documents: [{ filename: "Tilbudsbrev.pdf", mimeType: "application/pdf", sha256: createHash("sha256").update(PDF).digest("hex"), sizeBytes: PDF.length }],
      exclusionGrounds: EXCLUSION_GROUNDS.map((code) => ({ applies: false, code, comment: "" })),
      format: "tiltaksanbud-bid-1",
      lots: spec.lots.map((lot) => ({ lotId: lot.id, lotNumber: lot.number, price: { kind: "per-participant-month", unitPriceOre: "1980000" } })),
      quality: spec.criteria.map((c) => ({ answer: `Svar på ${c.name}: ${SECRET}`, criterionId: c.id })),
      requirements: spec.requirements.map((r) => ({ comment: "", espdCode: r.espdCode, met: true, requirementId: r.id })),
      supplierOrgnr: supplier.orgnr,
      tenderId,
      tenderReference: "2026/0133",
    };
    expect(createHash("sha256").update(jcs(canonical), "utf8").digest("hex")).toBe(receipt.contentHash);
  });

  it("records which API token acted on the audit event, hashed into the chain", async () => {
    const event = await testDb.db.auditEvent.findFirstOrThrow({ where: { chain: `tender:${tenderId}`, action: "bid.submitted", entityId: first.receiptId } });
    expect(event.apiTokenId).toBe(tokenId);
    expect(await verifyAuditChains(testDb.db)).toMatchObject({ ok: true });
  });

  it("revises by submitting again (multipart, file as its own part): version 2, the first kept and marked replaced", async () => {
    const { body } = await validBid("18 500");
    const form = new FormData();
    form.set("bid", new Blob([JSON.stringify(body)], { type: "application/json" }));
    form.append("documents", new Blob([PDF], { type: "application/pdf" }), "Tilbudsbrev v2.pdf");
    const response = await call(R.submit!, "POST", "/x", { id: tenderId }, { headers: auth("jobbveien"), body: form });
    expect(response.status, response.text).toBe(201);
    expect(parsed(ZApiBidSubmission, response.text)).toMatchObject({ number: 2, bids: [{ id: bidId }] });
    const detail = parsed(ZApiBidDetail, (await get("bid", "/x", { id: bidId })).text);
    expect(detail.versions.map((v) => [v.number, v.current])).toEqual([[2, true], [1, false]]);
    expect(detail.versions[0]!.documents[0]!.filename).toBe("Tilbudsbrev v2.pdf");
    expect(detail.versions[1]!.replacedAt).not.toBeNull();
  });

  it("withdraws, then submits again: WITHDRAWN, then version 3", async () => {
    const withdrawn = await call(R.withdraw!, "POST", "/x", { id: bidId }, { headers: auth("jobbveien") });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(parsed(ZApiBidWithdrawal, withdrawn.text)).toMatchObject({ bidIds: [bidId], replayed: false });
    expect(parsed(ZApiBidDetail, (await get("bid", "/x", { id: bidId })).text)).toMatchObject({ status: "WITHDRAWN" });
    const again = await call(R.withdraw!, "POST", "/x", { id: bidId }, { headers: auth("jobbveien") });
    expect(parsed(ZProblem, again.text)).toMatchObject({ status: 409, type: "urn:tiltaksanbud:problem:invalid-state" });
    const resubmitted = await submitJson((await validBid()).body);
    expect(parsed(ZApiBidSubmission, resubmitted.text)).toMatchObject({ number: 3 });
    expect(parsed(ZApiBidDetail, (await get("bid", "/x", { id: bidId })).text)).toMatchObject({ status: "SUBMITTED", version: 3 });
  });
});

describe("Idempotency-Key", () => {
  it("the same key and request returns the first answer and no new version; another request with the key is 409", async () => {
    const { body } = await validBid("17 000");
    const before = await receipts();
    const one = await submitJson(withPdf(body), { "idempotency-key": "retry-key-0001" });
    const two = await submitJson(withPdf(body), { "idempotency-key": "retry-key-0001" });
    expect(one.status).toBe(201);
    expect(two.status).toBe(201);
    const [a, b] = [parsed(ZApiBidSubmission, one.text), parsed(ZApiBidSubmission, two.text)];
    expect(b).toEqual({ ...a, replayed: true });
    expect(two.headers.get("idempotent-replayed")).toBe("true");
    expect(await receipts()).toBe(before + 1);
    const other = await submitJson(withPdf({ ...body, lots: body.lots.map((l) => ({ ...l, price: "1" })) }), { "idempotency-key": "retry-key-0001" });
    expect(parsed(ZProblem, other.text)).toMatchObject({ status: 409, type: "urn:tiltaksanbud:problem:conflict" });
    expect(await receipts()).toBe(before + 1);
  });

  it("two requests with one key at the same moment create one version, and both get its receipt", async () => {
    const { body } = await validBid("16 000");
    const before = await receipts();
    const answers = await Promise.all([1, 2].map(() => submitJson(withPdf(body), { "idempotency-key": "concurrent-key-0001" })));
    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    const [a, b] = answers.map((r) => parsed(ZApiBidSubmission, r.text));
    expect(a!.receiptId).toBe(b!.receiptId);
    expect([a!.replayed, b!.replayed].sort()).toEqual([false, true]);
    expect(await receipts()).toBe(before + 1);
  });
});

describe("every error is problem+json, never a 5xx for bad input", () => {
  const expectProblem = (response: { status: number; text: string; headers: Headers }, status: number, code: string) => {
    expect(response.status, response.text).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    return expect(parsed(ZProblem, response.text)).toMatchObject({ status, type: `urn:tiltaksanbud:problem:${code}` });
  };

  it("malformed JSON, wrong types, bad base64, an executable, a wrong content type", async () => {
    const before = await receipts();
    expectProblem(await submitJson("{ not json"), 400, "validation");
    expectProblem(await submitJson("[1,2]"), 400, "validation");
    expectProblem(await submitJson({ lots: "nope", documents: 7 }), 400, "validation");
    // Bytes that are not UTF-8 are malformed JSON; a leading byte order mark is dropped, and the JSON after it is judged.
    const raw = (bytes: Buffer) => call(R.submit!, "POST", `/api/v1/tenders/${tenderId}/bids`, { id: tenderId }, { headers: { "content-type": "application/json", ...auth("jobbveien") }, body: new Uint8Array(bytes) });
    const notUtf8 = await raw(Buffer.from('{"lots":"\xff"}', "latin1"));
    expectProblem(notUtf8, 400, "validation");
    expect(parsed(ZProblem, notUtf8.text).errors).toBeUndefined();
    const withBom = await raw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ lots: "nope" }))]));
    expectProblem(withBom, 400, "validation");
    expect(parsed(ZProblem, withBom.text).errors?.lots).toBeDefined();
    const { body } = await validBid();
    const bad = await submitJson({ ...body, documents: [{ filename: "a.pdf", contentBase64: "%%% not base64 %%%" }] });
    expectProblem(bad, 400, "validation");
    expect(parsed(ZProblem, bad.text).errors?.["documents.0.contentBase64"]).toBeDefined();
    // Garbage Buffer.from would skip, padding in the middle, a cut-off quartet: each refused, whitespace alone is not.
    const pdf = PDF.toString("base64");
    const strict = await submitJson({ ...body, documents: ["*" + pdf, "QU=D" + pdf, pdf.slice(0, -1), pdf.replace(/(.{76})/g, "$1\n")].map((contentBase64) => ({ filename: "a.pdf", contentBase64 })) });
    expect(Object.keys(parsed(ZProblem, strict.text).errors ?? {}).sort()).toEqual(["documents.0.contentBase64", "documents.1.contentBase64", "documents.2.contentBase64"]);
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200), Buffer.from("PE\0\0")]);
    const refused = await submitJson({ ...body, documents: [{ filename: "tilbud.pdf", contentType: "application/pdf", contentBase64: exe.toString("base64") }] });
    expect(refused.status, refused.text).toBe(400);
    expect(Object.keys(parsed(ZProblem, refused.text).errors ?? {})).toContain("documents.0");
    expectProblem(await call(R.submit!, "POST", "/x", { id: tenderId }, { headers: { ...auth("jobbveien"), "content-type": "text/plain" }, body: "hei" }), 400, "validation");
    expectProblem(await submitJson({ ...body }, { "idempotency-key": "kort" }), 400, "validation");
    expect(await receipts()).toBe(before);
  });

  it("unknown ids and another organisation's bid are 404; an authority user gets nothing", async () => {
    expectProblem(await submitJson((await validBid()).body, {}, "jobbveien", "finnes-ikke"), 404, "not-found");
    expectProblem(await get("bid", "/x", { id: "finnes-ikke" }), 404, "not-found");
    const theirs = await testDb.db.bid.findFirstOrThrow({ where: { supplier: { memberships: { some: { user: { email: "post@arbeidsglede.no" } } } }, status: "SUBMITTED" }, select: { id: true } });
    expectProblem(await get("bid", "/x", { id: theirs.id }), 404, "not-found");
    expectProblem(await get("receipt", "/x", { id: theirs.id }), 404, "not-found");
    expectProblem(await call(R.withdraw!, "POST", "/x", { id: theirs.id }, { headers: auth("jobbveien") }), 404, "not-found");
    expect(parsed(ZApiBidList, (await get("list", "/api/v1/bids", {}, auth("arbeidsglede"))).text).items.map((b) => b.tenderId)).not.toContain(tenderId);

    // Sealed: an authority user's session reads no bid and submits none.
    session.actor = officer;
    try {
      const own = await testDb.db.bid.findFirstOrThrow({ where: { tenderId }, select: { id: true } });
      const answers = [await get("list", "/api/v1/bids", {}, {}), await get("bid", "/x", { id: own.id }, {}), await get("receipt", "/x", { id: own.id }, {})];
      expect(answers.map((a) => a.status)).toEqual([403, 404, 404]);
      for (const answer of answers) expect(answer.text).not.toContain(SECRET);
      const submitted = await call(R.submit!, "POST", "/x", { id: tenderId }, { headers: { "content-type": "application/json" }, body: JSON.stringify((await validBid()).body) });
      expect(submitted.status).toBe(403);
    } finally {
      session.actor = null;
    }
  });

  it("no or a revoked token → 401 with WWW-Authenticate", async () => {
    expectProblem(await get("list", "/api/v1/bids", {}, {}), 401, "unauthenticated");
    expectProblem(await get("list", "/api/v1/bids", {}, { authorization: "Bearer tab_nonsense" }), 401, "unauthenticated");
    const admin = (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email: "post@arbeidsglede.no" } })).id))!;
    const created = await runCommand(createApiToken, { actor: admin, rawInput: { name: "Kortlevd" }, db: testDb.db, clock });
    if (!created.ok) throw created.error;
    tokens.revoked = created.data.token;
    expect((await get("list", "/api/v1/bids", {}, auth("revoked"))).status).toBe(200);
    expect((await runCommand(revokeApiToken, { actor: admin, rawInput: { tokenId: created.data.id }, db: testDb.db, clock })).ok).toBe(true);
    const refused = await submitJson((await validBid()).body, {}, "revoked");
    expectProblem(refused, 401, "unauthenticated");
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("a body over the limit is 413, before or while it is read", async () => {
    process.env.BID_MAX_TOTAL_BYTES = String(1024 * 1024);
    resetEnvCache();
    try {
      const big = JSON.stringify({ ...(await validBid()).body, documents: [{ filename: "stor.pdf", contentBase64: Buffer.alloc(4 * 1024 * 1024).toString("base64") }] });
      expectProblem(await submitJson(big), 413, "too-large");
      expectProblem(await submitJson(big, { "content-length": String(Buffer.byteLength(big)) }), 413, "too-large");
    } finally {
      delete process.env.BID_MAX_TOTAL_BYTES;
      resetEnvCache();
    }
  });

  it("at the deadline: a problem with the deadline in Oslo time, nothing stored", async () => {
    const before = await receipts();
    setClockForTests(fixedClock(DEADLINE));
    try {
      const late = await submitJson((await validBid()).body, { "idempotency-key": "late-key-0001" });
      expectProblem(late, 409, "deadline-passed");
      expect(parsed(ZProblem, late.text).detail).toContain("10.09.2026 kl. 12:00");
      const own = await testDb.db.bid.findFirstOrThrow({ where: { tenderId, status: "SUBMITTED", supplier: { memberships: { some: { user: { email: "post@jobbveien.no" } } } } }, select: { id: true } });
      expectProblem(await call(R.withdraw!, "POST", "/x", { id: own.id }, { headers: auth("jobbveien") }), 409, "deadline-passed");
    } finally {
      setClockForTests(clock);
    }
    expect(await receipts()).toBe(before);
    expect(await testDb.db.bidIdempotencyKey.count({ where: { key: "late-key-0001" } })).toBe(0);
  });
});
