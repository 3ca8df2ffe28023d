import type { FormState } from "@/app/_lib/form-action";

export type { FormState };

/** The starting state of every admin form (app/_lib/form-action is server-only, so IDLE lives here too). */
export const IDLE_FORM_STATE: FormState = { status: "idle" };

/** The first (already translated) error for a field, for an Aksel field's `error` prop. */
export function fieldError(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name]?.[0] : undefined;
}
