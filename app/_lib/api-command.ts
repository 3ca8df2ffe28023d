import "server-only";

import type { z } from "zod";

import type { PolicyResource } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { problemResponse, runCommand, type Command } from "@/lib/mutation";

import { assertOwnOrigin, readJsonBody } from "./api-request";

/**
 * The route-handler side of the mutation pattern, checks in this order: a foreign site's request (403), who is
 * asking (401, before any detail of the input is revealed), the body (exactly JSON, at most 1 MB), then the command:
 * 2xx JSON, or an RFC 9457 problem+json with a translated message.
 */
export async function runApiCommand<S extends z.ZodType, R extends PolicyResource | undefined, O>(
  request: Request,
  command: Command<S, R, O>,
  successStatus = 200,
): Promise<Response> {
  const { t } = await getTranslator();
  const instance = new URL(request.url).pathname;
  try {
    assertOwnOrigin(request);
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
    const rawInput = await readJsonBody(request);
    const result = await runCommand(command, { actor, rawInput, db });
    if (!result.ok) return problemResponse(result.error, t, { instance });
    return Response.json(result.data, { status: successStatus });
  } catch (error) {
    return problemResponse(error, t, { instance });
  }
}
