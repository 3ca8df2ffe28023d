import { randomUUID } from "node:crypto";
import pino, { type Logger } from "pino";
import { env } from "@/lib/env";

const SENSITIVE = [
  "password", "passwordHash", "newPassword", "secret", "clientSecret", "token", "accessToken",
  "refreshToken", "idToken", "authorization", "cookie", "set-cookie", "email",
];

// pino's redact paths match fixed depths; cover the top level and two levels of nesting
// (e.g. { user: { email } }, { req: { headers: { cookie } } }).
const REDACT_PATHS = SENSITIVE.flatMap((key) => {
  const member = /^\w+$/.test(key) ? `.${key}` : `["${key}"]`;
  return [member.startsWith(".") ? key : member, `*${member}`, `*.*${member}`];
});

/** A structured logger (JSON lines, stdout unless a destination is given) that never writes personal data or secrets. */
export function createLogger(destination?: pino.DestinationStream): Logger {
  const options = { level: env().LOG_LEVEL, base: { app: "tiltaksanbud" }, redact: { paths: REDACT_PATHS, censor: "[redacted]" } };
  return destination ? pino(options, destination) : pino(options);
}

/** The app's logger; level from LOG_LEVEL. */
export const logger: Logger = createLogger();

/**
 * Logs an error nobody expected and returns the event id shown to the user, so support can find
 * the entry without the user ever seeing the raw message.
 */
export function logUnexpected(
  error: unknown,
  context: Record<string, unknown> = {},
  eventId: string = randomUUID(),
): string {
  logger.error({ ...context, err: error, eventId }, "unexpected error");
  return eventId;
}
