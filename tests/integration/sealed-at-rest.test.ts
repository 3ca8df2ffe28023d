import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { sealForTender } from "@/lib/bids/sealing";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

/*
 * Encrypted at rest (issue 10, point 10): the stored rows and a dump of the whole database hold no plaintext of a
 * known bid — neither its content nor its document — as text, as bytea hex, or as base64; nor the demo seed's.
 * The dump is pg_dump when one at least as new as the server is installed; otherwise (the embedded PostgreSQL
 * ships no pg_dump, and Debian's may be older than 17) every row of every table as PostgreSQL's text output, the
 * same text `COPY … TO STDOUT` and a plain-format pg_dump write.
 */
const testDb = setupTestDb();
const MARKER = `KLARTEKST-MARKØR-${Date.now()}`;
const CONTENT = JSON.stringify({ unitPriceNok: 27_183, summary: `Vår metode ${MARKER}` });
const DOCUMENT = `%PDF-1.7 Tilbudsbrev ${MARKER}`;
/** Plaintext the demo seed seals in every bid (prisma/seed/tenders/bids.ts), found nowhere else in the seed. */
const SEEDED = ["Vi tilbyr tett individuell oppfølging med fast veileder", "Tilbudsbrev, versjon 1", "\"unitPriceNok\""];

let versionCiphertextHex: string;

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  const bid = await testDb.db.bid.findFirstOrThrow({ where: { status: "SUBMITTED", tender: { status: "ANNOUNCED" } }, select: { id: true, version: true, tenderId: true } });
  const content = await testDb.db.$transaction((tx) => sealForTender(tx, bid.tenderId, Buffer.from(CONTENT), "bid-version:at-rest-version"));
  const letter = await testDb.db.$transaction((tx) => sealForTender(tx, bid.tenderId, Buffer.from(DOCUMENT), "bid-document:at-rest-document"));
  versionCiphertextHex = Buffer.from(content.ciphertext).toString("hex");
  await testDb.db.bidVersion.create({
    data: {
      id: "at-rest-version", bidId: bid.id, number: bid.version + 1, ...content, contentHash: sha256(CONTENT), submittedAt: FIXED_BASE,
      documents: { create: { id: "at-rest-document", filename: "tilbudsbrev.pdf", mimeType: "application/pdf", sizeBytes: DOCUMENT.length, sha256: sha256(DOCUMENT), ...letter } },
    },
  });
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const forms = (text: string) => [text, Buffer.from(text).toString("hex"), Buffer.from(text).toString("base64")];
const secrets = () => [MARKER, "27183", ...SEEDED].flatMap(forms);

/** A pg_dump binary at least as new as the server, if one is installed. */
function compatiblePgDump(serverMajor: number): string | null {
  const candidates = [process.env.PG_DUMP, ...(existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").map((v) => `/usr/lib/postgresql/${v}/bin/pg_dump`) : [])];
  for (const candidate of candidates) {
    if (!candidate || !existsSync(candidate)) continue;
    const major = Number(/(\d+)\./.exec(execFileSync(candidate, ["--version"], { encoding: "utf8" }))?.[1]);
    if (major >= serverMajor) return candidate;
  }
  return null;
}

async function dumpDatabase(): Promise<{ method: string; text: string }> {
  const [setting] = await testDb.db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version_num') AS version`;
  const pgDump = compatiblePgDump(Math.floor(Number(setting!.version) / 10_000));
  if (pgDump) return { method: pgDump, text: execFileSync(pgDump, ["--no-owner", "--dbname", testDb.url], { encoding: "utf8", maxBuffer: 1 << 30 }) };
  const tables = await testDb.db.$queryRaw<{ name: string }[]>`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await testDb.db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name.replaceAll('"', '""')}" t`);
    parts.push(`-- ${name}`, ...rows.map((r) => r.row));
  }
  return { method: "row text of every table (no compatible pg_dump)", text: parts.join("\n") };
}

describe("bids are encrypted at rest", () => {
  it("the stored bid rows hold ciphertext only: no plaintext bytes in any column", async () => {
    const versions = await testDb.db.bidVersion.findMany({ include: { documents: true } });
    expect(versions.length).toBeGreaterThan(5);
    const plain = [MARKER, ...SEEDED].map((text) => Buffer.from(text));
    for (const version of versions) {
      for (const row of [version, ...version.documents]) {
        for (const value of Object.values(row)) {
          const bytes = value instanceof Uint8Array ? Buffer.from(value) : Buffer.from(String(value));
          for (const text of plain) expect(bytes.includes(text)).toBe(false);
        }
        expect(row.keyId).toMatch(/^tender:/);
      }
    }
  });

  it("a dump of the whole database holds no plaintext of the known bid or of the seeded bids — as text, hex or base64", async () => {
    const { method, text } = await dumpDatabase();
    console.info(`sealed-at-rest: dumped with ${method} (${text.length} characters)`);
    // The dump covers the bids: the known version's ciphertext is in it.
    expect(text).toContain(versionCiphertextHex);
    expect(text).toContain("at-rest-document");
    expect(secrets().filter((secret) => text.includes(secret))).toEqual([]);
  });
});
