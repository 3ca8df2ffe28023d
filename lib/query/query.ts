import type { z } from "zod";

import { can, readScope, type Action, type Actor, type PolicyResource, type ScopeCondition } from "@/lib/auth/policy";
import { getClock, type Clock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { AppError, fromZodError } from "@/lib/errors";

export interface QueryContext<I> {
  db: Db;
  /** null only in public queries. */
  actor: Actor | null;
  input: I;
  now: Date;
}

export interface ListContext<I> extends QueryContext<I> {
  /** The rows the policy lets this actor read, as one Prisma-shaped condition per grant (any may hold). */
  scope: readonly ScopeCondition[];
}

interface Base<S extends z.ZodType> {
  name: string;
  input: S;
}

/** One row by id: runQuery authorizes the loaded row (`scopeOf` picks its scope fields when they are nested). */
export interface DetailQuery<S extends z.ZodType, O> extends Base<S> {
  kind: "detail";
  action: Action;
  load: (ctx: QueryContext<z.output<S>>) => Promise<O | null>;
  scopeOf?: (row: O) => PolicyResource;
}

/** Rows in the actor's scope: `load` filters by `scope`; runQuery re-checks every row against the policy. */
export interface ListQuery<S extends z.ZodType, O> extends Base<S> {
  kind: "list";
  action: Action;
  load: (ctx: ListContext<z.output<S>>) => Promise<O[]>;
  scopeOf?: (row: O) => PolicyResource;
}

/** Anyone may read it, signed in or not (published notices, open data): said once, here, and nowhere checked. */
export interface PublicQuery<S extends z.ZodType, O> extends Base<S> {
  kind: "public";
  load: (ctx: QueryContext<z.output<S>>) => Promise<O>;
}

export type Query<S extends z.ZodType, O> = DetailQuery<S, O> | ListQuery<S, O> | PublicQuery<S, O>;

export type QueryResult<O> = { ok: true; data: O } | { ok: false; error: AppError };

export interface QueryOptions {
  actor: Actor | null | undefined;
  rawInput: unknown;
  db: Db;
  clock?: Clock;
}

type Definition<Q> = Omit<Q, "kind">;

/** Declares a read of one row; the row is authorized with `action` after loading. */
export function defineDetailQuery<S extends z.ZodType, O>(query: Definition<DetailQuery<S, O>>): DetailQuery<S, O> {
  return { ...query, kind: "detail" };
}

/** Declares a list read; `load` must filter by `ctx.scope`, and every row is re-checked. */
export function defineListQuery<S extends z.ZodType, O>(query: Definition<ListQuery<S, O>>): ListQuery<S, O> {
  return { ...query, kind: "list" };
}

/** Declares a read anyone may make (published notices, open data). */
export function definePublicQuery<S extends z.ZodType, O>(query: Definition<PublicQuery<S, O>>): PublicQuery<S, O> {
  return { ...query, kind: "public" };
}

const asResource = (row: unknown) => row as PolicyResource;

/**
 * The read pattern, once: require an active actor unless public (UNAUTHENTICATED) → parse (VALIDATION) → load →
 * authorize against the permission table (FORBIDDEN; a missing row is NOT_FOUND). A list row the policy would refuse
 * is a bug in the query's filter, never shown: it throws for the route layer to log and hide.
 */
export async function runQuery<S extends z.ZodType, O>(query: ListQuery<S, O>, options: QueryOptions): Promise<QueryResult<O[]>>;
export async function runQuery<S extends z.ZodType, O>(query: DetailQuery<S, O> | PublicQuery<S, O>, options: QueryOptions): Promise<QueryResult<O>>;
export async function runQuery<S extends z.ZodType, O>(
  query: Query<S, O>,
  { actor, rawInput, db, clock = getClock() }: QueryOptions,
): Promise<QueryResult<O | O[]>> {
  const now = clock.now();
  if (query.kind === "public") {
    const parsed = query.input.safeParse(rawInput);
    if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
    return { ok: true, data: await query.load({ db, actor: actor ?? null, input: parsed.data, now }) };
  }
  // Who first: an anonymous caller learns nothing about the input's shape.
  if (!actor) return { ok: false, error: new AppError("UNAUTHENTICATED", "errors.unauthenticated") };
  if (!actor.active) return { ok: false, error: new AppError("FORBIDDEN", "errors.forbidden") };
  const parsed = query.input.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
  const base = { db, actor, input: parsed.data, now };
  const scopeOf: (row: O) => PolicyResource = query.scopeOf ?? asResource;

  if (query.kind === "detail") {
    const row = await query.load(base);
    if (row === null) return { ok: false, error: new AppError("NOT_FOUND", "errors.notFound") };
    if (!can(actor, query.action, scopeOf(row))) return { ok: false, error: new AppError("FORBIDDEN", "errors.forbidden", { action: query.action }) };
    return { ok: true, data: row };
  }

  const scope = readScope(actor, query.action);
  if (scope.length === 0) return { ok: false, error: new AppError("FORBIDDEN", "errors.forbidden", { action: query.action }) };
  const rows = await query.load({ ...base, scope });
  const leaked = rows.find((row) => !can(actor, query.action, scopeOf(row)));
  if (leaked !== undefined) throw new Error(`${query.name}: its filter returned a row that ${query.action} refuses`);
  return { ok: true, data: rows };
}
