import { db, type Db } from "@/lib/db";
import { logger } from "@/lib/log";

/** True when the database answers a trivial query within two seconds. */
export async function checkDatabase(client: Pick<Db, "$queryRaw"> = db): Promise<boolean> {
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database health check timed out")), 2000).unref()),
    ]);
    return true;
  } catch (error) {
    logger.warn({ err: error }, "database health check failed");
    return false;
  }
}
