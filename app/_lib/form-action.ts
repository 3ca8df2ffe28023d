import "server-only";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";

import type { PolicyResource } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";
import { runCommand, toFormState, type AnyCommand, type FormState } from "@/lib/mutation";
import { formInput } from "@/lib/mutation/form-input";
import { ROUTES } from "@/lib/routes";

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

/**
 * For a competition's workflow steps whose form goes away once taken (submit, approve, award, conclude …): runs the
 * command on the form's fields; a refusal is the form's state, a success revalidates the officer area and redirects
 * to `page(tenderId)?done=<step>`, where the page says what happened. Build one per page in its actions.ts:
 * `const step = stepAction(officerAward, (done) => \`awards.page.done.${done}\`)`.
 */
export function stepAction<D extends string>(page: (tenderId: string) => string, message: (done: D) => string) {
  return async <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: AnyCommand<S, R, O>, formData: FormData, done: D): Promise<FormState> => {
    const { state, data } = await runFormCommand(command, formInput(formData), message(done));
    if (!data) return state;
    revalidatePath(ROUTES.officer, "layout");
    redirect(`${page(String(formData.get("tenderId")))}?done=${done}`);
  };
}

export { formInput, nestedFormInput } from "@/lib/mutation/form-input";

