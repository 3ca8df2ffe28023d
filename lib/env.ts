import { z } from "zod";

/**
 * The one place that reads process.env. Parsed lazily so `next build` needs no database or secrets.
 * scripts/start.ts and the test setup fill DATABASE_URL and AUTH_SECRET before the app starts.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  DEMO_MODE: z.enum(["0", "1"]).default("0"),
  /** The key-encryption key for sealed bids: 32 random bytes, base64url (lib/bids/keys). */
  BID_KEK: z.string().min(43).optional(),
  /** Bid attachment limits in bytes (lib/bids/documents): per file (default 25 MB) and per bid (default 100 MB). */
  BID_MAX_FILE_BYTES: z.coerce.number().int().positive().optional(),
  BID_MAX_TOTAL_BYTES: z.coerce.number().int().positive().optional(),
  /** Comma-separated addresses of the reverse proxies whose X-Forwarded-For is believed (e.g. "10.0.0.2,10.0.0.3"). */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((address) => address.trim()).filter(Boolean)),
  /** Set by our HTTP server per process (scripts/start/next-server.ts): proves the peer-address header is its own. */
  PEER_ADDRESS_TOKEN: z.string().min(16).optional(),
  /** Enhetsregisteret's API base (https://data.brreg.no/enhetsregisteret/api) turns the real look-up on; unset = local fixture. */
  ENHETSREGISTERET_URL: z.string().url().optional(),
  ENHETSREGISTERET_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
  /** E-mail delivery (lib/notifications/smtp.ts): off unless SMTP_HOST is set; then the outbox worker mails. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** "1"/"true": TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: z.enum(["0", "1", "true", "false"]).default("0").transform((value) => value === "1" || value === "true"),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().optional(),
  /** The From address, e.g. "Tiltaksanbud <noreply@nav.no>". */
  SMTP_FROM: z.string().min(3).default("Tiltaksanbud <noreply@tiltaksanbud.local>"),
  /** "1" only in the e2e test server (npm run start:test): POST /api/test/clock may move the app's clock. */
  TEST_CLOCK: z.enum(["0", "1"]).default("0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= ZEnv.parse(process.env);
  return cached;
}

export function requireEnv<K extends keyof Env>(key: K): NonNullable<Env[K]> {
  const value = env()[key];
  if (value === undefined || value === null || value === "") {
    throw new Error(`Missing environment variable ${String(key)}`);
  }
  return value as NonNullable<Env[K]>;
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
