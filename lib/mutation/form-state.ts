import type { FieldErrors } from "@/lib/errors/app-error";

/**
 * What a form's server action returns to `useActionState`. Messages are already translated; `eventId`
 * is set for unexpected errors, for the user to quote to support. Client-safe: no server imports.
 */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors; eventId?: string };

export type FormErrorState = Extract<FormState, { status: "error" }>;

export const IDLE_FORM_STATE: FormState = { status: "idle" };

/** The first error for a field, for an Aksel field's `error` prop. */
export function fieldError(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name]?.[0] : undefined;
}
