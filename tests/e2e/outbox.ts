import { readFile } from "node:fs/promises";

import pg from "pg";

import { testDatabaseFile } from "../../scripts/start/test-database-file";

/**
 * The path of the newest password-reset link queued for `email`, read from the outbox the way the future
 * mail sender will read it. The app never shows the link, so the test reads the throwaway database that
 * `start --test` announces (scripts/start/test-database-file.ts); it fails loudly when there is none.
 */
export async function latestResetPath(email: string): Promise<string> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const file = testDatabaseFile(port);
  const url = await readFile(file, "utf8").catch(() => {
    throw new Error(`${file} is missing: the e2e server must be started by \`npm run start:test\` (it writes the file).`);
  });
  const client = new pg.Client({ connectionString: url.trim() });
  await client.connect();
  try {
    const { rows } = await client.query<{ payload: { path: string } }>(
      `SELECT n.payload FROM "Notification" n JOIN "User" u ON u.id = n."recipientUserId"
       WHERE u.email = $1 AND n.kind = 'user.password-reset' ORDER BY n."createdAt" DESC LIMIT 1`,
      [email],
    );
    const path = rows[0]?.payload.path;
    if (!path) throw new Error(`no password-reset notification for ${email}`);
    return path;
  } finally {
    await client.end();
  }
}

/** The path of the newest supplier invitation queued for `email` (an address without an account yet), as above. */
export async function latestInvitationPath(email: string): Promise<string> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const url = await readFile(testDatabaseFile(port), "utf8");
  const client = new pg.Client({ connectionString: url.trim() });
  await client.connect();
  try {
    const { rows } = await client.query<{ payload: { path: string } }>(
      `SELECT payload FROM "Notification" WHERE "recipientEmail" = $1 AND kind = 'supplier.invitation' ORDER BY "createdAt" DESC LIMIT 1`,
      [email],
    );
    const path = rows[0]?.payload.path;
    if (!path) throw new Error(`no supplier invitation for ${email}`);
    return path;
  } finally {
    await client.end();
  }
}

/** The orgnrs already registered in the e2e server's database (so a journey can pick an organisation not yet taken). */
export async function registeredOrgnrs(candidates: readonly string[]): Promise<Set<string>> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const client = new pg.Client({ connectionString: (await readFile(testDatabaseFile(port), "utf8")).trim() });
  await client.connect();
  try {
    const { rows } = await client.query<{ orgnr: string }>(`SELECT orgnr FROM "Supplier" WHERE orgnr = ANY($1)`, [candidates]);
    return new Set(rows.map((row) => row.orgnr));
  } finally {
    await client.end();
  }
}
