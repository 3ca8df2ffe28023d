import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";
import type { z } from "zod";

import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { runQuery, type DetailQuery, type ListQuery, type PublicQuery } from "@/lib/query";
import { ROUTES } from "@/lib/routes";

/**
 * For pages: runs a query as the signed-in user and returns its data. A refused read is the 403 page, a missing
 * or malformed id the 404 page; the database client stays here, out of the pages.
 */
export async function read<S extends z.ZodType, O>(query: ListQuery<S, O>, input?: z.input<S>): Promise<O[]>;
export async function read<S extends z.ZodType, O>(query: DetailQuery<S, O> | PublicQuery<S, O>, input?: z.input<S>): Promise<O>;
export async function read<S extends z.ZodType, O>(query: ListQuery<S, O> | DetailQuery<S, O> | PublicQuery<S, O>, input?: z.input<S>) {
  const result = await runQuery(query as DetailQuery<S, O>, { actor: await getActor(), rawInput: input, db });
  if (result.ok) return result.data;
  switch (result.error.code) {
    case "UNAUTHENTICATED":
      redirect(ROUTES.login);
    case "FORBIDDEN":
      forbidden();
    default:
      notFound();
  }
}
