import { readFileSync } from "node:fs";

import { validate } from "@readme/openapi-parser";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";

import { createApiToken } from "@/lib/api-tokens";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { fixedClock, setClockForTests } from "@/lib/clock";
import { runCommand } from "@/lib/mutation";
import { openApiDocument } from "@/lib/openapi/document";
import { ZDialoguePage, ZDocumentList, ZProblem, ZPublicDialogue, ZPublicTender, ZQuestionAsked, ZTenderPage } from "@/lib/openapi/responses";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { apiRouteFiles, call, useTestDbForApp, type RouteModule } from "./helpers/api-routes";
import { setupTestDb } from "./helpers/db";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator } = await import("@/lib/i18n");
  return { getLocale: async () => "nb", getTranslator: async () => ({ locale: "nb", t: createTranslator("nb") }) };
});
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null, getCurrentUser: async () => null, requireActor: async () => null }));

const testDb = setupTestDb();
const clock = fixedClock(FIXED_BASE);
let supplier: Actor;

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  useTestDbForApp(testDb.db);
  setClockForTests(clock);
  supplier = (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email: "post@jobbveien.no" } })).id))!;
});

const route = async (pattern: string) => (await import(apiRouteFiles().find((entry) => entry.pattern === pattern)!.file)) as RouteModule;
const parsed = <T extends z.ZodType>(type: T, text: string) => type.parse(JSON.parse(text)) as z.output<T>;

describe("OpenAPI 3.1 at /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document (@readme/openapi-parser), served by its route", async () => {
    const served = await call(await route("/api/v1/openapi.json"), "GET", "/api/v1/openapi.json", {});
    expect(served.status).toBe(200);
    const document = served.json() as { openapi: string };
    expect(document.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    // The validator is not lenient: a broken document fails it.
    expect((await validate({ ...structuredClone(document), paths: { "/x": { get: { responses: { "200": {} } } } } } as never)).valid).toBe(false);
  });

  it("describes every method of every route under /api/v1, with the problem schema and the bearer scheme", () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> } };
    const served = apiRouteFiles()
      .filter((entry) => entry.pattern.startsWith("/api/v1/"))
      .flatMap(({ pattern, file }) => {
        const handlers = /apiRoute\(\{([\s\S]*)\}\)/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
        return [...handlers.matchAll(/\b(GET|POST|PUT|PATCH|DELETE):/g)].map(([, method]) => `${method!.toLowerCase()} ${pattern.replace(/\[(\w+)\]/g, "{$1}")}`);
      });
    expect(served.length).toBeGreaterThan(12);
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect(documented.sort()).toEqual(served.sort());
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.schemas.Problem).toBeDefined();
    expect(document.paths["/api/v1/tenders/{id}/questions"]!.post!.responses["401"]).toEqual({ $ref: "#/components/responses/Problem401" });
  });

  it("matches what the endpoints answer: public reads, the questions endpoint and problem+json", async () => {
    const tenders = await call(await route("/api/v1/tenders"), "GET", "/api/v1/tenders?pageSize=100", {});
    const page = parsed(ZTenderPage, tenders.text);
    expect(page.items.length).toBeGreaterThan(0);
    const id = page.items[0]!.id;
    parsed(ZPublicTender, (await call(await route("/api/v1/tenders/[id]"), "GET", `/api/v1/tenders/${id}`, { id })).text);
    const withDocuments = await testDb.db.tenderDocument.findFirstOrThrow({ where: { tender: { status: "ANNOUNCED" } }, select: { tenderId: true } });
    const documents = parsed(ZDocumentList, (await call(await route("/api/v1/tenders/[id]/documents"), "GET", "/x", { id: withDocuments.tenderId })).text);
    expect(documents.items.length).toBeGreaterThan(0);
    const dialogues = parsed(ZDialoguePage, (await call(await route("/api/v1/dialogues"), "GET", "/api/v1/dialogues", {})).text);
    expect(dialogues.items.length).toBeGreaterThan(0);
    parsed(ZPublicDialogue, (await call(await route("/api/v1/dialogues/[id]"), "GET", "/x", { id: dialogues.items[0]!.id })).text);

    const open = await testDb.db.tender.findUniqueOrThrow({ where: { reference: "2026/0133" }, select: { id: true } });
    await testDb.db.tender.update({ where: { id: open.id }, data: { questionDeadline: new Date(FIXED_BASE.getTime() + 86_400_000) } });
    const token = await runCommand(createApiToken, { actor: supplier, rawInput: { name: "OpenAPI" }, db: testDb.db, clock });
    if (!token.ok) throw token.error;
    const asked = await call(await route("/api/v1/tenders/[id]/questions"), "POST", "/x", { id: open.id }, {
      headers: { authorization: `Bearer ${token.data.token}`, "content-type": "application/json" },
      body: JSON.stringify({ text: "Gjelder kravet også underleverandører?" }),
    });
    expect(asked.status).toBe(201);
    parsed(ZQuestionAsked, asked.text);

    const missing = await call(await route("/api/v1/tenders/[id]"), "GET", "/x", { id: "finnes-ikke" });
    expect(parsed(ZProblem, missing.text)).toMatchObject({ status: 404, type: "urn:tiltaksanbud:problem:not-found" });
    const refused = await call(await route("/api/v1/tenders/[id]/questions"), "POST", "/x", { id: open.id }, { headers: { "content-type": "application/json" }, body: "{}" });
    expect(parsed(ZProblem, refused.text)).toMatchObject({ status: 401, type: "urn:tiltaksanbud:problem:unauthenticated" });
  });
});
