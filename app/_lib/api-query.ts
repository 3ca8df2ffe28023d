import "server-only";

import type { z } from "zod";

import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { getTranslator } from "@/lib/i18n/server";
import { problemResponse } from "@/lib/mutation";
import { runQuery, type DetailQuery, type PublicQuery } from "@/lib/query";

/**
 * The route-handler side of the read pattern: runs the query and hands its data to `respond`; a missing row (null)
 * is a 404, any failure an RFC 9457 problem+json.
 */
export async function runApiQuery<S extends z.ZodType, O>(
  request: Request,
  query: DetailQuery<S, O> | PublicQuery<S, O>,
  rawInput: unknown,
  respond: (data: NonNullable<O>, context: { baseUrl: string }) => Response | Promise<Response>,
): Promise<Response> {
  const { t } = await getTranslator();
  const instance = new URL(request.url).pathname;
  try {
    const result = await runQuery(query, { actor: await getActor(), rawInput, db });
    if (!result.ok) return problemResponse(result.error, t, { instance });
    if (result.data === null || result.data === undefined) return problemResponse(new AppError("NOT_FOUND", "errors.notFound"), t, { instance });
    return await respond(result.data as NonNullable<O>, { baseUrl: env().NEXTAUTH_URL ?? new URL(request.url).origin });
  } catch (error) {
    return problemResponse(error, t, { instance });
  }
}
