import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { z } from "zod";

import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { AppError, FieldErrors } from "@/lib/errors/app-error";
import { runQuery, type DetailQuery, type ListQuery, type PublicQuery } from "@/lib/query";
import { ROUTES } from "@/lib/routes";

/**
 * For pages: runs a query as the signed-in user and returns its data. A refused read is the 403 page, a missing
 * or malformed id the 404 page; the database client stays here, out of the pages.
 */
export async function read<S extends z.ZodType, O>(query: ListQuery<S, O>, input?: z.input<S>): Promise<O[]>;
export async function read<S extends z.ZodType, O>(query: DetailQuery<S, O> | PublicQuery<S, O>, input?: z.input<S>): Promise<O>;
export async function read<S extends z.ZodType, O>(query: ListQuery<S, O> | DetailQuery<S, O> | PublicQuery<S, O>, input?: z.input<S>) {
  const result = await runOnce(query as unknown as AnyQuery, input === undefined ? "" : JSON.stringify(input));
  if (result.ok) return result.data;
  return refuse(result.error);
}

/** As read(), for a public query that answers null for what is not there (or not published): null is the 404 page. */
export async function readFound<S extends z.ZodType, O>(query: PublicQuery<S, O | null>, input: z.input<S>): Promise<O> {
  const found = await read(query, input);
  if (found === null) notFound();
  return found;
}

/**
 * As read(), for a filter form's fields: input the schema refuses comes back as translated-key field errors to show
 * beside the fields, instead of the 404 page.
 */
export async function readFiltered<S extends z.ZodType, O>(query: ListQuery<S, O>, input: z.input<S>): Promise<{ ok: true; data: O[] } | { ok: false; fieldErrors: FieldErrors }>;
export async function readFiltered<S extends z.ZodType, O>(query: PublicQuery<S, O> | DetailQuery<S, O>, input: z.input<S>): Promise<{ ok: true; data: O } | { ok: false; fieldErrors: FieldErrors }>;
export async function readFiltered<S extends z.ZodType, O>(query: PublicQuery<S, O> | DetailQuery<S, O> | ListQuery<S, O>, input: z.input<S>): Promise<{ ok: true; data: O | O[] } | { ok: false; fieldErrors: FieldErrors }> {
  const result = await runOnce(query as unknown as AnyQuery, JSON.stringify(input));
  if (result.ok) return { ok: true, data: result.data as O };
  if (result.error.code === "VALIDATION") return { ok: false, fieldErrors: result.error.details?.fieldErrors ?? {} };
  return refuse(result.error);
}

function refuse(error: AppError): never {
  switch (error.code) {
    case "UNAUTHENTICATED":
      redirect(ROUTES.login);
    case "FORBIDDEN":
      forbidden();
    default:
      notFound();
  }
}

/**
 * Once per request for the same query and input: a page and its generateMetadata both read the row they show, and
 * React's cache (keyed by the query object and the serialised input) makes that one database round trip.
 */
// One cache for every query, so its types are erased here and restored by read()'s overloads.
type AnyQuery = DetailQuery<z.ZodType, unknown>;
const runOnce = cache(async (query: AnyQuery, input: string) =>
  runQuery(query, { actor: await getActor(), rawInput: input === "" ? undefined : (JSON.parse(input) as unknown), db }),
);
