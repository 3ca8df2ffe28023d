import "server-only";

import type { z } from "zod";

import { db } from "@/lib/db";
import { runQuery, type PublicQuery } from "@/lib/query";

/** A public query's data for a route handler that combines several reads; null when it refuses the input. */
export async function readPublic<S extends z.ZodType, O>(query: PublicQuery<S, O>, rawInput: unknown): Promise<O | null> {
  const result = await runQuery(query, { actor: null, rawInput, db });
  return result.ok ? result.data : null;
}
