export { AppError, ERROR_CODES, HTTP_STATUS, isAppError } from "./app-error";
export type { AppErrorDetails, ErrorCode, FieldErrors } from "./app-error";
export { FORM_FIELD, fieldErrorsOf, fromZodError, issueMessageKey } from "./zod";
export { PROBLEM_CONTENT_TYPE, problemType, toProblem, translateFieldErrors } from "./problem";
export type { Problem, ToProblemOptions, Translate } from "./problem";
