import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit, eventHash, GENESIS_HASH, tenderChain, verifyAuditChain, verifyAuditChains, type AuditChain } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db";
import { createTestDb } from "./helpers/db";

let db: Db;
let drop: () => Promise<void>;
const at = new Date("2025-03-14T11:00:00.000Z");

beforeAll(async () => {
  ({ db, drop } = await createTestDb());
});
afterAll(async () => {
  await drop();
});

const append = (chain: AuditChain, n: number, extra: { after?: unknown } = {}) =>
  db.$transaction((tx) =>
    appendAudit(tx, {
      chain, actorId: "u1", action: "test.event", entityType: "Test", entityId: `e${n}`,
      before: { n: n - 1 }, after: extra.after ?? { n }, at: new Date(at.getTime() + n * 1000),
    }),
  );

/** Tampering as a DBA would; session_replication_role also bypasses any append-only trigger. */
const tamper = (sql: string) =>
  db.$transaction(async (tx: Tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    return tx.$executeRawUnsafe(sql);
  });

describe("appendAudit + verify", () => {
  it("links events per chain from the genesis hash and verifies them", async () => {
    const t1 = tenderChain("t1");
    for (const n of [1, 2, 3]) await append("global", n);
    for (const n of [1, 2]) await append(t1, n);

    const events = await db.auditEvent.findMany({ where: { chain: t1 }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    const head = await db.auditChainHead.findUniqueOrThrow({ where: { chain: t1 } });
    expect(head).toEqual({ chain: t1, seq: 2, headHash: events[1]?.hash });
    const { id: _id, hash, ...hashed } = events[1]!;
    expect(eventHash(hashed)).toBe(hash);

    expect(await verifyAuditChains(db)).toEqual({ ok: true, chains: 2, events: 5 });
  });

  it("hashes in the database exactly as eventHash does, whatever the text (quotes, backslashes, æøå, emoji, API token)", async () => {
    const chain = tenderChain("t-text");
    const after = { title: 'Oppfølging "Øst" \\ del 2 – 😀', lines: ["a\nb", "\t"], share: 0.1, big: 1e21 };
    for (const n of [1, 2]) {
      await db.$transaction((tx) =>
        appendAudit(tx, { chain, actorId: "u1", apiTokenId: n === 2 ? "tok1" : null, action: "test.text", entityType: "Tést", entityId: `é${n}`, after, at }),
      );
    }
    const events = await db.auditEvent.findMany({ where: { chain }, orderBy: { seq: "asc" } });
    for (const { id: _id, hash, ...hashed } of events) expect(eventHash(hashed)).toBe(hash);
    expect(events[1]?.apiTokenId).toBe("tok1");
    expect(await verifyAuditChain(db, chain)).toMatchObject({ ok: true, events: 2 });
  });

  it("never stores secret-named fields, and stores BigInt as text", async () => {
    await append("tender:secrets", 1, { after: { email: "kari@nav.no", passwordHash: "$argon2id$v=19$x", valueOre: 10n } });
    const row = await db.auditEvent.findFirstOrThrow({ where: { chain: "tender:secrets" } });
    expect(row.after).toEqual({ email: "kari@nav.no", valueOre: "10" });
    expect(await verifyAuditChain(db, "tender:secrets")).toMatchObject({ ok: true, events: 1 });
  });

  it("rolls the event and a new head back with the caller's transaction", async () => {
    const failing = db.$transaction(async (tx) => {
      await appendAudit(tx, { chain: "tender:rollback", actorId: null, action: "x", entityType: "T", entityId: "1", at });
      throw new Error("later step failed");
    });
    await expect(failing).rejects.toThrow("later step failed");
    expect(await db.auditEvent.count({ where: { chain: "tender:rollback" } })).toBe(0);
    expect(await db.auditChainHead.findUnique({ where: { chain: "tender:rollback" } })).toBeNull();
  });

  it("serialises concurrent appends to one chain without gaps", async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => append("tender:busy", i + 1)));
    const seqs = (await db.auditEvent.findMany({ where: { chain: "tender:busy" }, orderBy: { seq: "asc" } })).map((e) => e.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await verifyAuditChain(db, "tender:busy")).toMatchObject({ ok: true, events: 8 });
  });

  it("lets another chain proceed while one chain's head is locked, but not the same chain", async () => {
    await append("tender:a", 1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holderHasLock!: () => void;
    const locked = new Promise<void>((resolve) => (holderHasLock = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await appendAudit(tx, { chain: "tender:a", actorId: "u1", action: "hold", entityType: "T", entityId: "a", at });
        holderHasLock();
        await gate;
      },
      { timeout: 30_000 },
    );
    await locked;
    let sameChainDone = false;
    const sameChain = append("tender:a", 3).then(() => (sameChainDone = true));

    await append("tender:b", 1); // would hang here if chains shared a lock
    expect(sameChainDone).toBe(false);
    release();
    await holder;
    await sameChain;
    expect(await verifyAuditChain(db, "tender:a")).toMatchObject({ ok: true, events: 3 });
  });
});

describe("tamper detection", () => {
  const chain = "tender:tamper";

  beforeAll(async () => {
    for (const n of [1, 2, 3, 4]) await append(chain, n);
  });

  it("detects a changed `after` and names the chain and seq", async () => {
    await tamper(`UPDATE "AuditEvent" SET "after" = '{"n": 200}' WHERE "chain" = '${chain}' AND "seq" = 2`);
    const broken = { ok: false, chain, seq: 2, reason: "HASH_MISMATCH" };
    expect(await verifyAuditChain(db, chain)).toEqual(broken);
    expect(await verifyAuditChains(db)).toEqual(broken);

    await tamper(`UPDATE "AuditEvent" SET "after" = '{"n": 2}' WHERE "chain" = '${chain}' AND "seq" = 2`);
    expect(await verifyAuditChain(db, chain)).toMatchObject({ ok: true, events: 4 });
  });

  it("detects a row rewritten with a recomputed hash at the next link", async () => {
    const row = await db.auditEvent.findUniqueOrThrow({ where: { chain_seq: { chain, seq: 2 } } });
    const { id: _id, hash: _hash, ...hashed } = row;
    const forged = eventHash({ ...hashed, after: { n: 999 } });
    await tamper(`UPDATE "AuditEvent" SET "after" = '{"n": 999}', "hash" = '${forged}' WHERE "id" = ${row.id}`);
    expect(await verifyAuditChain(db, chain)).toEqual({ ok: false, chain, seq: 3, reason: "PREV_HASH_MISMATCH" });
    await tamper(`UPDATE "AuditEvent" SET "after" = '{"n": 2}', "hash" = '${row.hash}' WHERE "id" = ${row.id}`);
  });

  it("detects a deleted row in the middle as a seq gap", async () => {
    await tamper(`DELETE FROM "AuditEvent" WHERE "chain" = '${chain}' AND "seq" = 3`);
    expect(await verifyAuditChain(db, chain)).toEqual({ ok: false, chain, seq: 3, reason: "SEQ_GAP" });
  });

  it("detects a deleted last row at the head", async () => {
    await append("tender:tail", 1);
    await append("tender:tail", 2);
    await tamper(`DELETE FROM "AuditEvent" WHERE "chain" = 'tender:tail' AND "seq" = 2`);
    expect(await verifyAuditChain(db, "tender:tail")).toEqual({ ok: false, chain: "tender:tail", seq: 2, reason: "HEAD_MISMATCH" });
  });
});

describe("append-only at the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of audit events from ordinary sessions", async () => {
    await db.$transaction((tx) =>
      appendAudit(tx, { chain: "global", actorId: null, action: "test.event", entityType: "Test", entityId: "x", at: new Date("2026-01-01T00:00:00Z") }),
    );
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { action: "forged" } })).toBe(0);
  });
});
