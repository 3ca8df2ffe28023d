import { beforeAll, describe, expect, it, vi } from "vitest";

import { actorForToken, createApiToken, hashToken, listApiTokens, revokeApiToken } from "@/lib/api-tokens";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { fixedClock, setClockForTests } from "@/lib/clock";
import { problemType } from "@/lib/errors/problem";
import { runCommand } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
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

const testDb = setupTestDb();
const DEADLINE = new Date("2026-09-10T12:00:00.000Z");
const clock = fixedClock(new Date(DEADLINE.getTime() - 86_400_000));
const A: Record<string, Actor> = {};
let tenderId: string;
let questions: RouteModule;
const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const json = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item));
const create = (actor: Actor, rawInput: unknown) => runCommand(createApiToken, { actor, rawInput, db: testDb.db, clock });
const ask = (token: string | null, body: string, headers: Record<string, string> = {}, id = tenderId) =>
  call(questions, "POST", `/api/v1/tenders/${id}/questions`, { id }, {
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  useTestDbForApp(testDb.db);
  setClockForTests(clock);
  A.admin = await actorFor("post@jobbveien.no");
  A.otherAdmin = await actorFor("post@arbeidsglede.no");
  A.officer = await actorFor("innkjoper.oslo@nav.no");
  const tender = await testDb.db.tender.findUniqueOrThrow({ where: { reference: "2026/0133" }, select: { id: true } });
  tenderId = tender.id;
  await testDb.db.tender.update({ where: { id: tenderId }, data: { questionDeadline: DEADLINE } });
  questions = (await import("@/app/api/v1/tenders/[id]/questions/route")) as RouteModule;
});

describe("API tokens", () => {
  it("an organisation admin creates a token shown once; only its SHA-256 and a hint are stored; the audit has neither", async () => {
    expect(A.admin!.memberships[0]!.supplierAdmin).toBe(true);
    const created = await create(A.admin!, { name: "Fagsystemet" });
    if (!created.ok) throw created.error;
    const { token, id } = created.data;
    expect(token).toMatch(/^tab_[A-Za-z0-9_-]{43}$/);
    const row = await testDb.db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ tokenHash: hashToken(token), supplierId: A.admin!.memberships[0]!.supplierId, createdById: A.admin!.userId, revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.hint).toBe(token.slice(0, 12));
    const audit = await testDb.db.auditEvent.findFirstOrThrow({ where: { entityType: "ApiToken", entityId: id, action: "api_token.created" } });
    expect(json(audit)).not.toContain(token);
    expect(json(audit)).not.toContain(row.tokenHash);
    const listed = await runQuery(listApiTokens, { actor: A.admin!, rawInput: undefined, db: testDb.db, clock });
    expect(listed.ok && listed.data.map((t) => t.id)).toContain(id);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });

  it("refuses a non-admin, an officer, and another organisation's admin (revoke) — scoped to the organisation", async () => {
    const plain = { ...A.admin!, memberships: A.admin!.memberships.map((m) => ({ ...m, supplierAdmin: false })) };
    expect(await create(plain, { name: "x" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await create(A.officer!, { name: "x" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await create(A.admin!, { name: "x", supplierId: A.otherAdmin!.memberships[0]!.supplierId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await create(A.admin!, { name: " " })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    const created = await create(A.admin!, { name: "Annen" });
    if (!created.ok) throw created.error;
    const revoke = (actor: Actor) => runCommand(revokeApiToken, { actor, rawInput: { tokenId: created.data.id }, db: testDb.db, clock });
    expect(await revoke(A.otherAdmin!)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const others = await runQuery(listApiTokens, { actor: A.otherAdmin!, rawInput: undefined, db: testDb.db, clock });
    expect(others.ok && others.data.some((t) => t.id === created.data.id)).toBe(false);
    expect(await revoke(A.admin!)).toMatchObject({ ok: true });
    expect(await revoke(A.admin!)).toMatchObject({ ok: true });
    expect(await testDb.db.auditEvent.count({ where: { entityId: created.data.id, action: "api_token.revoked" } })).toBe(1);
  });

  it("a token stands for a plain supplier user of its organisation only; unknown, malformed and revoked tokens stand for nobody", async () => {
    const created = await create(A.admin!, { name: "Aktør" });
    if (!created.ok) throw created.error;
    const actor = await actorForToken(testDb.db, created.data.token, clock.now());
    expect(actor).toEqual({ userId: A.admin!.userId, apiTokenId: created.data.id, active: true, locale: expect.any(String), memberships: [{ role: "SUPPLIER_USER", regionId: null, supplierId: A.admin!.memberships[0]!.supplierId }] });
    expect((await testDb.db.apiToken.findUniqueOrThrow({ where: { id: created.data.id } })).lastUsedAt).toEqual(clock.now());
    expect(await actorForToken(testDb.db, `tab_${"A".repeat(43)}`, clock.now())).toBeNull();
    expect(await actorForToken(testDb.db, "not-a-token", clock.now())).toBeNull();
    await runCommand(revokeApiToken, { actor: A.admin!, rawInput: { tokenId: created.data.id }, db: testDb.db, clock });
    expect(await actorForToken(testDb.db, created.data.token, clock.now())).toBeNull();
  });
});

describe("POST /api/v1/tenders/{id}/questions with a bearer token", () => {
  it("asks through askQuestion as the organisation (201), without any session", async () => {
    const created = await create(A.admin!, { name: "Spørsmål" });
    if (!created.ok) throw created.error;
    session.actor = null;
    const response = await ask(created.data.token, JSON.stringify({ text: "Kan tiltaket gis digitalt?" }));
    expect(response.status).toBe(201);
    const { id } = response.json() as { id: string };
    expect(await testDb.db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({ tenderId, supplierId: A.admin!.memberships[0]!.supplierId, text: "Kan tiltaket gis digitalt?" });
  });

  it("answers 401 problem+json with WWW-Authenticate for no, unknown, malformed and revoked tokens — a session does not rescue a dead token", async () => {
    const created = await create(A.admin!, { name: "Snart borte" });
    if (!created.ok) throw created.error;
    await runCommand(revokeApiToken, { actor: A.admin!, rawInput: { tokenId: created.data.id }, db: testDb.db, clock });
    session.actor = A.admin!;
    const before = await testDb.db.question.count();
    for (const token of [created.data.token, `tab_${"B".repeat(43)}`, "garbage"]) {
      const response = await ask(token, JSON.stringify({ text: "Hei?" }));
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(response.json()).toMatchObject({ type: problemType("UNAUTHENTICATED"), status: 401, code: "UNAUTHENTICATED" });
    }
    session.actor = null;
    const none = await ask(null, JSON.stringify({ text: "Hei?" }));
    expect(none.status).toBe(401);
    expect(await testDb.db.question.count()).toBe(before);
  });

  it("answers 4xx problem+json with a stable type for another organisation, bad JSON, wrong types, a huge body and unknown ids", async () => {
    const created = await create(A.admin!, { name: "Feil" });
    if (!created.ok) throw created.error;
    const token = created.data.token;
    const before = await testDb.db.question.count();
    const cases: [string, Awaited<ReturnType<typeof ask>>, number, string][] = [
      ["another organisation", await ask(token, JSON.stringify({ text: "Hei?", supplierId: A.otherAdmin!.memberships[0]!.supplierId })), 403, "FORBIDDEN"],
      ["malformed JSON", await ask(token, "{\"text\": "), 400, "VALIDATION"],
      ["not an object", await ask(token, "[1,2]"), 400, "VALIDATION"],
      ["wrong types", await ask(token, JSON.stringify({ text: 42 })), 400, "VALIDATION"],
      ["not JSON", await ask(token, "text=hei", { "content-type": "text/plain" }), 400, "VALIDATION"],
      ["huge body", await ask(token, JSON.stringify({ text: "x".repeat(2 * 1024 * 1024) })), 413, "TOO_LARGE"],
      ["unknown tender", await ask(token, JSON.stringify({ text: "Hei?" }), {}, "finnes-ikke"), 404, "NOT_FOUND"],
      ["absurd id", await ask(token, JSON.stringify({ text: "Hei?" }), {}, "x".repeat(500)), 400, "VALIDATION"],
    ];
    for (const [name, response, status, code] of cases) {
      expect({ name, status: response.status, type: (response.json() as { type: string }).type }).toEqual({ name, status, type: problemType(code as "VALIDATION") });
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    expect(await testDb.db.question.count()).toBe(before);
  });
});
