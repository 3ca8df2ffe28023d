import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, ERROR_CODES, FORM_FIELD, HTTP_STATUS, fromZodError, isAppError } from "@/lib/errors";

describe("AppError", () => {
  it.each([
    ["VALIDATION", 400], ["NOT_FOUND", 404], ["FORBIDDEN", 403], ["UNAUTHENTICATED", 401], ["INVALID_STATE", 409],
    ["CONFLICT", 409], ["DEADLINE_PASSED", 409], ["LIMIT_EXCEEDED", 422], ["RATE_LIMITED", 429], ["TOO_LARGE", 413], ["METHOD_NOT_ALLOWED", 405],
  ] as const)("%s maps to HTTP %i", (code, status) => {
    expect(HTTP_STATUS[code]).toBe(status);
    expect(new AppError(code, "errors.x").status).toBe(status);
  });

  it("has a status for every code and nothing else", () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it("carries code, key and details; its message is for logs only", () => {
    const error = new AppError("DEADLINE_PASSED", "errors.bid.deadline_passed", { deadline: "2025-04-03T10:00:00Z" });
    expect(error).toBeInstanceOf(Error);
    expect(isAppError(error)).toBe(true);
    expect(isAppError(new Error("x"))).toBe(false);
    expect(error.message).toBe("DEADLINE_PASSED: errors.bid.deadline_passed");
    expect(error.details).toEqual({ deadline: "2025-04-03T10:00:00Z" });
  });
});

describe("fromZodError", () => {
  const schema = z
    .object({
      title: z.string().min(3),
      places: z.number().int().positive("errors.field.places_positive"),
      lots: z.array(z.object({ number: z.number().int() })),
      from: z.number(),
      to: z.number(),
    })
    .strict()
    .refine((v) => v.to >= v.from, { message: "errors.field.period_order" });

  it("collects message keys per field path", () => {
    const result = schema.safeParse({ title: "ab", places: -1, lots: [{ number: 1.5 }], from: 1, to: 2 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = fromZodError(result.error);
    expect(error.code).toBe("VALIDATION");
    expect(error.messageKey).toBe("errors.validation");
    expect(error.details?.fieldErrors).toEqual({
      title: ["errors.field.too_small"],
      places: ["errors.field.places_positive"],
      "lots.0.number": ["errors.field.invalid_type"],
    });
  });

  it("puts path-less issues (refinements, unknown keys) under the form key", () => {
    const refined = schema.safeParse({ title: "abc", places: 1, lots: [], from: 5, to: 1 });
    const strict = schema.safeParse({ title: "abc", places: 1, lots: [], from: 1, to: 2, admin: true });
    expect(refined.success || strict.success).toBe(false);
    if (refined.success || strict.success) return;
    expect(fromZodError(refined.error).details?.fieldErrors).toEqual({ [FORM_FIELD]: ["errors.field.period_order"] });
    expect(fromZodError(strict.error).details?.fieldErrors).toEqual({ [FORM_FIELD]: ["errors.field.unrecognized_keys"] });
  });
});
