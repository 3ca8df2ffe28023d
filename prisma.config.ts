import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { env } from "./lib/env";

// Prisma 6.19.3 with the wasm schema engine, the only migrate that runs offline.
// docs/decisions/001-prisma-6-offline.md explains the four workarounds below.

type FieldDescription = { dataTypeID: number };
type ResultClass = { prototype: { addFields(fields: FieldDescription[]): void }; __oidPatched?: boolean };

// name, "char", int2vector, oidvector, bpchar → text; name[] and int2vector[] → text[].
const OID_AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 22: 25, 30: 25, 194: 25, 1002: 1009, 1003: 1009 };

/** Workaround 1: adapter-pg 6.19 cannot decode catalog types the schema engine reads. Patches pg 8.23.1 internals. */
function mapCatalogOidsToText(): void {
  const Result = createRequire(import.meta.url)("pg/lib/result.js") as ResultClass;
  if (Result.__oidPatched) return;
  const original = Result.prototype.addFields;
  Result.prototype.addFields = function (fields) {
    for (const field of fields) field.dataTypeID = OID_AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
    original.call(this, fields);
  };
  Result.__oidPatched = true;
}

/**
 * Workaround 3: the wasm schema engine arms 10 s and 60 s timeout timers and never clears them, so `migrate deploy`
 * lingers 10 s and `migrate dev` 60 s after finishing. Unref only timers armed from wasm: work in flight still
 * holds a database socket, so the process stays alive exactly as long as there is something to wait for.
 */
function unrefEngineTimers(): void {
  const g = globalThis as typeof globalThis & { __engineTimersUnrefed?: boolean };
  if (g.__engineTimersUnrefed) return;
  const original = g.setTimeout;
  g.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    const timer = original(...args);
    if ((args[1] ?? 0) >= 1000 && new Error().stack?.includes("wasm://")) timer.unref();
    return timer;
  }) as typeof setTimeout;
  g.__engineTimersUnrefed = true;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Workaround 4: adapter-pg 6.19's executeScript splits a migration on every ";", which breaks dollar-quoted
 * bodies (PL/pgSQL trigger functions). Send the script whole instead: one simple-protocol query, which
 * PostgreSQL runs as one implicit transaction. Reaches into the adapter's pool (pinned 6.19.3).
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (adapter as unknown as { client: pg.Pool }).client;
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

/** Workaround 2: adapter-pg 6.19's connectToShadowDb drops the shadow database before closing its pool. */
function migrationFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg({ connectionString: url, allowExitOnIdle: true });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => runScriptsWhole(await main.connect()),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
      await adminQuery(url, `CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const adapter = runScriptsWhole(await new PrismaPg({ connectionString: shadowUrl.toString(), allowExitOnIdle: true }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
}

const configuredUrl = env().DATABASE_URL;
// schema.prisma has url = env("DATABASE_URL"); when it is missing, `prisma generate` falls back to downloading a
// native query engine (impossible offline). Generating needs no database, so a placeholder satisfies it.
process.env.DATABASE_URL ??= "postgresql://generate-only@127.0.0.1:1/none";

function databaseUrl(): string {
  if (!configuredUrl) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  return configuredUrl;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => {
    mapCatalogOidsToText();
    unrefEngineTimers();
    return migrationFactory(databaseUrl());
  },
});
