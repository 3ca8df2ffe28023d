import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Route handlers called in-process, as Next would: for tests that mock `server-only`, `@/lib/i18n/server` and
 * `@/lib/auth/session` (vi.mock must sit in the test file) and point the app's db at the test database.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;

const APP_API = path.resolve(import.meta.dirname, "../../../app/api");

/** Every route.ts under app/api, as its URL pattern ("/api/v1/tenders/[id]") and import path. */
export function apiRouteFiles(): { pattern: string; file: string }[] {
  const found: { pattern: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") found.push({ pattern: `/api/${path.relative(APP_API, dir).split(path.sep).join("/")}`.replace(/\/$/, ""), file: full });
    }
  };
  walk(APP_API);
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Points lib/db's process-wide client at the test database (before any route touches it). */
export function useTestDbForApp(db: unknown): void {
  (globalThis as unknown as { __tiltaksanbudDb?: unknown }).__tiltaksanbudDb = db;
}

export async function call(
  route: RouteModule,
  method: keyof RouteModule,
  url: string,
  params: Record<string, string>,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
  const handler = route[method];
  if (!handler) throw new Error(`no ${method} handler`);
  const response = await handler(new Request(new URL(url, "http://localhost:3000"), { method, headers: init.headers, body: init.body, ...(init.body ? { duplex: "half" } : {}) } as RequestInit), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as unknown };
}
