import { startEmbeddedPostgres } from "@/scripts/embedded-postgres";

/** Test fixture: owns an embedded cluster in argv[2], prints its URL, stops it on SIGTERM. */
const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: embedded-child.ts <dataDir>");
const pg = await startEmbeddedPostgres({ dataDir, database: "postgres", ephemeral: true });
process.stdout.write(`${JSON.stringify({ url: pg.url })}\n`);
process.once("SIGTERM", () => void pg.stop().then(() => process.exit(0)));
setInterval(() => undefined, 60_000);
