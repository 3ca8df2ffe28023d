import "server-only";

import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { FieldErrors } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { runCommand, toFormState, type Command } from "@/lib/mutation";
import type { PolicyResource } from "@/lib/auth/policy";
import type { z } from "zod";

/** What every form's server action returns to `useActionState`. */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors; eventId?: string };

export const IDLE: FormState = { status: "idle" };

/**
 * The route layer of the mutation pattern for forms: actor from the session, the command (which
 * parses, authorizes, writes and audits), and a translated result. Never a raw error to the user.
 */
export async function runFormCommand<S extends z.ZodType, R extends PolicyResource | undefined, O>(
  command: Command<S, R, O>,
  rawInput: unknown,
  successKey: string,
): Promise<{ state: FormState; data?: O }> {
  const { t } = await getTranslator();
  try {
    const result = await runCommand(command, { actor: await getActor(), rawInput, db });
    if (result.ok) return { state: { status: "ok", message: t(successKey) }, data: result.data };
    const failure = toFormState(result.error, t);
    return { state: { status: "error", message: failure.message, fieldErrors: failure.fieldErrors } };
  } catch (error) {
    const failure = toFormState(error, t);
    return { state: { status: "error", message: failure.message, fieldErrors: {}, eventId: failure.eventId } };
  }
}

/** FormData → plain object (single values), the raw input a zod schema parses. */
export function formInput(formData: FormData): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  }
  return input;
}
