import { describe, expect, it } from "vitest";

import { fieldErrorsOf } from "@/lib/errors/zod";
import { id, text } from "@/lib/schemas";

describe("the shared text schema", () => {
  it.each(["a\u0000b", "\u0007bell", "esc\u001b[31m", "del\u007f", "c1\u0085"])("refuses control characters: %j", (value) => {
    const result = text().safeParse(value);
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ _form: ["errors.field.controlCharacters"] });
  });

  it.each(["Kari Nordby", "Tiltak\tmed tab", "linje 1\nlinje 2\r\n", "Æøå – «sitat» 😀", ""])("accepts printable text: %j", (value) => {
    expect(text().safeParse(value).success).toBe(true);
  });

  it("composes with trimming and lengths; ids are non-empty and short", () => {
    expect(text().trim().min(2).parse("  ab  ")).toBe("ab");
    expect(id().safeParse("").success).toBe(false);
    expect(id().safeParse("x".repeat(65)).success).toBe(false);
    expect(id().safeParse("id\u0000").success).toBe(false);
    expect(id().parse(" cm1abc ")).toBe("cm1abc");
  });
});
