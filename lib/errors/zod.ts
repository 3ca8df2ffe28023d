import type { z } from "zod";
import { AppError, type FieldErrors } from "./app-error";

/** Key for the whole form (issues without a path, e.g. a cross-field refinement). */
export const FORM_FIELD = "_form";

const I18N_KEY = /^[a-z][\w-]*(\.[\w-]+)+$/;

/**
 * Schemas may give a message key (`z.string().min(1, "errors.field.required")`); zod's own English
 * messages are replaced by `errors.field.<issue code>` so every message is translatable.
 */
export function issueMessageKey(issue: z.core.$ZodIssue): string {
  return I18N_KEY.test(issue.message) ? issue.message : `errors.field.${issue.code}`;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || FORM_FIELD;
    const keys = (fieldErrors[path] ??= []);
    const key = issueMessageKey(issue);
    if (!keys.includes(key)) keys.push(key);
  }
  return fieldErrors;
}

/** Bad input → VALIDATION with per-field message keys; never a 500. */
export function fromZodError(error: z.ZodError): AppError {
  return new AppError("VALIDATION", "errors.validation", { fieldErrors: fieldErrorsOf(error) });
}
