import { PrismaPg } from "@prisma/adapter-pg";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
/** Either the root client or a transaction: for helpers that must run inside the caller's transaction. */
export type DbOrTx = Db | Tx;

/** A client for an explicit URL (tests, scripts). The caller owns it and calls `$disconnect()`. */
export function createDb(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

const globalForDb = globalThis as unknown as { __tiltaksanbudDb?: Db };

function instance(): Db {
  if (globalForDb.__tiltaksanbudDb) return globalForDb.__tiltaksanbudDb;
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const client = createDb(url);
  // Dev hot reload re-evaluates modules; keep one pool per process.
  if (env().NODE_ENV !== "production") globalForDb.__tiltaksanbudDb = client;
  return client;
}

let cached: Db | undefined;

/**
 * The process-wide client, created on first use so that importing this module (e.g. during `next build`)
 * needs no database.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    cached ??= instance();
    const value = Reflect.get(cached, property, cached) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(cached) : value;
  },
});
