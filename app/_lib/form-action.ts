import "server-only";

import type { z } from "zod";

import type { PolicyResource } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";
import { runCommand, toFormState, type AnyCommand, type FormState } from "@/lib/mutation";

export type { FormState };

/** The success message: a key, or a key with parameters chosen from the command's result. */
export type SuccessMessage<O> = string | ((data: O) => { key: string; params?: Record<string, string | number> });

/**
 * The route layer of the mutation pattern for forms: actor from the session, the command (which
 * parses, authorizes, writes and audits), and a translated result. Never a raw error to the user.
 */
export async function runFormCommand<S extends z.ZodType, R extends PolicyResource | undefined, O>(
  command: AnyCommand<S, R, O>,
  rawInput: unknown,
  success: SuccessMessage<O>,
): Promise<{ state: FormState; data?: O }> {
  const { t } = await getTranslator();
  let failure: unknown;
  try {
    const result = await runCommand(command, { actor: await getActor(), rawInput, db });
    if (result.ok) {
      const { key, params } = typeof success === "string" ? { key: success, params: undefined } : success(result.data);
      return { state: { status: "ok", message: t(key, params) }, data: result.data };
    }
    failure = result.error;
  } catch (error) {
    failure = error;
  }
  return { state: toFormState(failure, t) };
}

export { formInput, nestedFormInput } from "@/lib/mutation/form-input";

