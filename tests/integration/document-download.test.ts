import { createHash } from "node:crypto";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { call, useTestDbForApp, type RouteModule } from "./helpers/api-routes";
import { setupTestDb } from "./helpers/db";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator } = await import("@/lib/i18n");
  return { getLocale: async () => "nb", getTranslator: async () => ({ locale: "nb", t: createTranslator("nb") }) };
});
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null, getCurrentUser: async () => null, requireActor: async () => null }));

/*
 * Document downloads revalidate by ETag (the SHA-256): a client that already holds the current version gets 304 Not
 * Modified, and the bytes are not read from storage for it — only what the file is (its hash) is selected first.
 */
const testDb = setupTestDb();
let storedObjectReads = 0;
let route: RouteModule;
let params: { id: string; documentId: string };
let sha256: string;

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  // The app's client, counting every use of the blob table (StoredObject) the routes make.
  const db = testDb.db;
  useTestDbForApp(new Proxy(db, {
    get(target, property) {
      if (property === "storedObject") storedObjectReads += 1;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }));
  route = (await import("@/app/api/v1/tenders/[id]/documents/[documentId]/route")) as RouteModule;
  const version = await db.tenderDocumentVersion.findFirstOrThrow({
    where: { pending: false, document: { tender: { announcedAt: { not: null } } } },
    orderBy: { number: "desc" },
    select: { sha256: true, document: { select: { id: true, tenderId: true } } },
  });
  params = { id: version.document.tenderId, documentId: version.document.id };
  sha256 = version.sha256;
});

const url = () => `/api/v1/tenders/${params.id}/documents/${params.documentId}`;

describe("document download and If-None-Match", () => {
  it("without a matching ETag: 200 with the bytes, read once from storage", async () => {
    storedObjectReads = 0;
    const response = await call(route, "GET", url(), params, { headers: { "if-none-match": '"0000"' } });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe(`"${sha256}"`);
    // The demo documents are ASCII PDFs, so the text is the bytes.
    expect(createHash("sha256").update(response.text).digest("hex")).toBe(sha256);
    expect(storedObjectReads).toBe(1);
  });

  it("with the current ETag (strong, weak or in a list): 304 without reading the content", async () => {
    for (const match of [`"${sha256}"`, `W/"${sha256}"`, `"other", "${sha256}"`]) {
      storedObjectReads = 0;
      const response = await call(route, "GET", url(), params, { headers: { "if-none-match": match } });
      expect(response.status).toBe(304);
      expect(response.text).toBe("");
      expect(response.headers.get("etag")).toBe(`"${sha256}"`);
      expect(storedObjectReads).toBe(0);
    }
  });
});
