import "server-only";

import type { z } from "zod";

import { actorForToken, bearerToken } from "@/lib/api-tokens";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { problemResponse, runCommand, type Command } from "@/lib/mutation";
import { runQuery, type DetailQuery, type ListQuery } from "@/lib/query";

import { assertOwnOrigin, readJsonBody } from "./api-request";

/*
 * The REST API for suppliers' own systems (bids, questions): who is asking comes from `Authorization: Bearer <API
 * token>` (lib/api-tokens), or — for the portal's own scripts — the session, checked for a foreign origin. A bearer
 * header that is not a live token is a 401 even when a session cookie is sent too: a system must learn its token is
 * dead. Every answer that is not 2xx is RFC 9457 problem+json with a stable `type` per error code.
 */

const WWW_AUTHENTICATE = 'Bearer realm="tiltaksanbud", error="invalid_token"';

/** The actor for an API request: the token's when a bearer header is sent, else the session's (null: nobody). */
export async function apiActor(request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header !== null && /^bearer\b/i.test(header)) {
    const token = bearerToken(header);
    const actor = token ? await actorForToken(db, token, getClock().now()) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", "api.errors.invalidToken");
    return actor;
  }
  assertOwnOrigin(request);
  return getActor();
}

/** Runs `work` and answers its Response, or its AppError / throw as problem+json (401s with WWW-Authenticate). */
export async function answer(request: Request, work: () => Promise<Response | AppError>): Promise<Response> {
  const { t } = await getTranslator();
  const instance = new URL(request.url).pathname;
  let response: Response;
  try {
    const result = await work();
    response = result instanceof AppError ? problemResponse(result, t, { instance }) : result;
  } catch (error) {
    response = problemResponse(error, t, { instance });
  }
  if (response.status === 401) response.headers.set("www-authenticate", WWW_AUTHENTICATE);
  return response;
}

/** The API actor, or UNAUTHENTICATED (401) when the request names nobody. */
export async function requireApiActor(request: Request): Promise<Actor> {
  const actor = await apiActor(request);
  if (!actor) throw new AppError("UNAUTHENTICATED", "api.errors.tokenRequired");
  return actor;
}

/**
 * A supplier write: actor (401 before anything about the input is revealed), the JSON body (exactly
 * application/json, at most 1 MB, well-formed, an object), `toInput` merges it with the path's ids (the path wins),
 * then the command: `successStatus` with its data as JSON, or problem+json.
 */
export function runSupplierApiCommand<S extends z.ZodType, R extends PolicyResource | undefined, O>(
  request: Request,
  command: Command<S, R, O>,
  toInput: (body: Record<string, unknown>) => unknown,
  successStatus = 200,
  respond: (data: O) => unknown = (data) => data,
): Promise<Response> {
  return answer(request, async () => {
    const actor = await requireApiActor(request);
    const body = await readJsonBody(request);
    if (typeof body !== "object" || body === null || Array.isArray(body)) return new AppError("VALIDATION", "api.errors.objectRequired");
    const result = await runCommand(command, { actor, rawInput: toInput(body as Record<string, unknown>), db });
    return result.ok ? Response.json(respond(result.data), { status: successStatus }) : result.error;
  });
}

/** A supplier read (own bids, a receipt): the query as the API actor; a missing row is a 404 problem+json. */
export function runSupplierApiQuery<S extends z.ZodType, O>(
  request: Request,
  query: DetailQuery<S, O> | ListQuery<S, O>,
  rawInput: unknown,
  respond: (data: NonNullable<O> | O[]) => Response | Promise<Response>,
): Promise<Response> {
  return answer(request, async () => {
    const actor = await requireApiActor(request);
    const result = await runQuery(query as DetailQuery<S, O>, { actor, rawInput, db });
    if (!result.ok) return result.error;
    if (result.data === null || result.data === undefined) return new AppError("NOT_FOUND", "errors.notFound");
    return respond(result.data as NonNullable<O>);
  });
}
