import { z } from "zod";

// C0 and C1 control characters except tab, line feed and carriage return; NUL among them never reaches PostgreSQL.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Printable text only: the one string schema every text input starts from (`params` as for z.string). */
export function text(params?: Parameters<typeof z.string>[0]): z.ZodString {
  return z.string(params).refine((value) => !CONTROL_CHARACTERS.test(value), "errors.field.controlCharacters");
}

/** A stored row's id as it comes from a form, URL or JSON body: printable, non-empty, not absurdly long. */
export function id(): z.ZodString {
  return text().trim().min(1, "errors.field.required").max(64, "errors.field.idTooLong");
}
