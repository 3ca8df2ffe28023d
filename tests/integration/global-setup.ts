import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/admin";
import { startThrowawayPostgres } from "@/scripts/embedded-postgres/throwaway";
import { migrateDeploy } from "@/lib/db/prisma-cli";
import { env } from "@/lib/env";

declare module "vitest" {
  export interface ProvidedContext {
    /** A superuser URL of the test server (any database name; helpers swap it). */
    databaseUrl: string;
    /** A migrated, empty database that each test file copies (CREATE DATABASE … TEMPLATE). */
    templateDb: string;
  }
}

const CLUSTER_PREFIX = "tiltaksanbud-test-pg-";

/**
 * One PostgreSQL 17 for the whole run (or the server in DATABASE_URL), with a migrated template database.
 * Test files get their own copy through tests/integration/helpers/db.ts, so they can run in parallel.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = env().DATABASE_URL;
  const server = external ? undefined : await startThrowawayPostgres(CLUSTER_PREFIX, { database: "postgres" });
  const url = server?.url ?? (external as string);
  const templateDb = `tiltaksanbud_tpl_${randomBytes(4).toString("hex")}`;

  await createDatabase(url, templateDb);
  await migrateDeploy(withDatabase(url, templateDb));
  project.provide("databaseUrl", url);
  project.provide("templateDb", templateDb);

  return async () => {
    if (server) {
      await server.stop();
    } else {
      await dropDatabase(url, templateDb);
    }
  };
}
