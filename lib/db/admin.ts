import pg from "pg";

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function onMaintenanceDb(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE, optionally as a copy of a template; "already exists" is not an error. */
export async function createDatabase(url: string, name: string, template?: string): Promise<void> {
  const sql = `CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`;
  try {
    await onMaintenanceDb(url, sql);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error;
  }
}

/** Drops the database, disconnecting any sessions still on it. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await onMaintenanceDb(url, `DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
}

export async function databaseExists(url: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}
