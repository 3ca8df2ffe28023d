import "server-only";

import type { z } from "zod";

import type { PolicyResource } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { problemResponse, runCommand, type Command } from "@/lib/mutation";

/**
 * The route-handler side of the mutation pattern: JSON body → command → 2xx JSON, or an RFC 9457
 * problem+json with a translated message. A non-JSON body is refused before anything runs, which
 * also keeps cross-site form posts (no CORS preflight) from reaching a command.
 */
export async function runApiCommand<S extends z.ZodType, R extends PolicyResource | undefined, O>(
  request: Request,
  command: Command<S, R, O>,
  successStatus = 200,
): Promise<Response> {
  const { t } = await getTranslator();
  const instance = new URL(request.url).pathname;
  try {
    if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
      throw new AppError("VALIDATION", "errors.jsonRequired");
    }
    const rawInput: unknown = await request.json().catch(() => {
      throw new AppError("VALIDATION", "errors.jsonInvalid");
    });
    const result = await runCommand(command, { actor: await getActor(), rawInput, db });
    if (!result.ok) return problemResponse(result.error, t, { instance });
    return Response.json(result.data, { status: successStatus });
  } catch (error) {
    return problemResponse(error, t, { instance });
  }
}
