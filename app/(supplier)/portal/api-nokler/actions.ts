"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formInput, runFormCommand, type FormState } from "@/app/_lib/form-action";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens";
import { ROUTES } from "@/lib/routes";

/** Creates a token; the success state carries it, to be shown once (it is stored only as a hash). */
export async function createApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(createApiToken, formInput(formData), (created) => ({ key: "api.tokens.created", params: { name: created.name } }));
  if (!data) return state;
  revalidatePath(ROUTES.portalApiTokens);
  const withToken: FormState & { token: string } = { ...state, token: data.token };
  return withToken;
}

export async function revokeApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { state, data } = await runFormCommand(revokeApiToken, formInput(formData), "api.tokens.revoked");
  if (!data) return state;
  revalidatePath(ROUTES.portalApiTokens);
  // The revoke button goes away with its token's row: the page says what happened (?done=, as elsewhere).
  redirect(`${ROUTES.portalApiTokens}?done=revoked`);
}
