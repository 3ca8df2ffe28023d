/** How many times the worker tries to mail a notification before it is FAILED for good. */
export const MAX_ATTEMPTS = 6;

const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * 60_000;

/**
 * When to try again after the `attempts`-th failure: 1, 2, 4, 8 … minutes (capped at six hours), so a server that is
 * down for a while is not hammered and a brief refusal is retried soon.
 */
export function nextAttemptAt(attempts: number, now: Date): Date {
  const delay = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return new Date(now.getTime() + delay);
}
