/** The answers a failed log-in can give (next-auth passes them to the client as `error`). Client-safe. */
export const LOGIN_ERRORS = { invalid: "INVALID_CREDENTIALS", rateLimited: "RATE_LIMITED", deactivated: "ACCOUNT_DEACTIVATED" } as const;

export type LoginErrorCode = (typeof LOGIN_ERRORS)[keyof typeof LOGIN_ERRORS];

export const LOGIN_ERROR_CODES: readonly LoginErrorCode[] = Object.values(LOGIN_ERRORS);

export function isLoginErrorCode(value: unknown): value is LoginErrorCode {
  return (LOGIN_ERROR_CODES as readonly unknown[]).includes(value);
}
