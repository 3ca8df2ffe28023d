import { describe, expect, it, vi } from "vitest";
import { AppError, PROBLEM_CONTENT_TYPE, toProblem } from "@/lib/errors";
import { logger } from "@/lib/log";
import { problemResponse, toFormState } from "@/lib/mutation/response";

const translate = (key: string) => `«${key}»`;

describe("toProblem", () => {
  it("renders an AppError as RFC 9457 problem details, translated", () => {
    const error = new AppError("VALIDATION", "errors.validation", { fieldErrors: { title: ["errors.field.too_small"] } });
    expect(toProblem(error, { translate, instance: "/api/v1/tenders", eventId: "ev-1" })).toEqual({
      type: "urn:tiltaksanbud:problem:validation",
      title: "«errors.validation»",
      status: 400,
      detail: "«errors.validation»",
      code: "VALIDATION",
      instance: "/api/v1/tenders",
      eventId: "ev-1",
      errors: { title: ["«errors.field.too_small»"] },
    });
  });

  it("keeps the status of each code and the retry hint of RATE_LIMITED", () => {
    const problem = toProblem(new AppError("RATE_LIMITED", "errors.rateLimited", { retryAfterSeconds: 42 }), { translate });
    expect(problem).toMatchObject({ status: 429, code: "RATE_LIMITED", retryAfterSeconds: 42, type: "urn:tiltaksanbud:problem:rate-limited" });
    expect(problem).not.toHaveProperty("instance");
    expect(toProblem(new AppError("DEADLINE_PASSED", "errors.deadline"), { translate }).status).toBe(409);
  });

  it("hides an unexpected error behind a generic 500 with an event id, and reports it once", () => {
    const report = vi.fn();
    const secret = new Error('duplicate key value violates unique constraint "User_email_key" (email)=(kari@nav.no)');
    const problem = toProblem(secret, { translate, instance: "/x", report });
    expect(problem).toMatchObject({ status: 500, code: "INTERNAL", title: "«errors.title»", detail: "«errors.unexpected»", instance: "/x" });
    expect(problem.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(problem)).not.toContain("kari@nav.no");
    expect(JSON.stringify(problem)).not.toContain("constraint");
    expect(report).toHaveBeenCalledExactlyOnceWith(secret, problem.eventId);
  });

  it("treats thrown non-errors as unexpected too, using a given event id", () => {
    expect(toProblem("boom", { translate, eventId: "ev-9" })).toMatchObject({ status: 500, eventId: "ev-9" });
    expect(toProblem(undefined, { translate }).status).toBe(500);
  });

  it("names the problem+json media type", () => {
    expect(PROBLEM_CONTENT_TYPE).toBe("application/problem+json");
  });
});

describe("route and form mappers", () => {
  it("problemResponse answers problem+json with the code's status and Retry-After", async () => {
    const response = problemResponse(new AppError("RATE_LIMITED", "errors.rateLimited", { retryAfterSeconds: 30 }), translate, { instance: "/api/v1/bids" });
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toMatchObject({ code: "RATE_LIMITED", instance: "/api/v1/bids", detail: "«errors.rateLimited»" });
  });

  it("problemResponse logs an unexpected error under the event id it returns", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const response = problemResponse(new Error("connection refused 10.0.0.5"), translate);
    const body = (await response.json()) as { eventId: string; detail: string };
    expect(response.status).toBe(500);
    expect(body.detail).toBe("«errors.unexpected»");
    expect(logged).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ eventId: body.eventId }), "unexpected error");
    logged.mockRestore();
  });

  it("toFormState gives translated message and field errors, or a generic message with an event id", () => {
    const invalid = new AppError("VALIDATION", "errors.validation", { fieldErrors: { name: ["errors.field.too_small"] } });
    expect(toFormState(invalid, translate)).toEqual({
      status: "error", message: "«errors.validation»", fieldErrors: { name: ["«errors.field.too_small»"] },
    });
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const state = toFormState(new Error("secret detail"), translate);
    expect(state).toMatchObject({ status: "error", message: "«errors.unexpected»", fieldErrors: {} });
    expect(state.eventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(state)).not.toContain("secret detail");
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
