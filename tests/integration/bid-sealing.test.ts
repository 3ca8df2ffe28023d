import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { localKek } from "@/lib/bids/keys";
import { openForTender, sealForTender } from "@/lib/bids/sealing";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
let tenderId: string;
let otherTenderId: string;

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  const [one, two] = await testDb.db.tender.findMany({ where: { dataKey: null }, take: 2, select: { id: true } });
  tenderId = one!.id;
  otherTenderId = two!.id;
});

const secret = "Vår metode: tett oppfølging hos arbeidsgiver – pris 19 800 kr per månedsverk";

describe("sealing bids", () => {
  it("stores only ciphertext and a wrapped data key, and opens what it sealed in the same context", async () => {
    const sealed = await testDb.db.$transaction((tx) => sealForTender(tx, tenderId, Buffer.from(secret), "bid-version:a"));
    expect(Buffer.from(sealed.ciphertext).toString("utf8")).not.toContain("metode");
    expect(sealed.keyId).toBe(`tender:${tenderId}`);
    const key = await testDb.db.tenderKey.findUniqueOrThrow({ where: { tenderId } });
    expect(key.wrappedKey.length).toBe(12 + 16 + 32);
    const opened = await testDb.db.$transaction((tx) => openForTender(tx, tenderId, sealed, "bid-version:a"));
    expect(opened.toString("utf8")).toBe(secret);
  });

  it("fails to open in another context, under another competition's key, with a changed byte or another KEK", async () => {
    const sealed = await testDb.db.$transaction((tx) => sealForTender(tx, tenderId, Buffer.from(secret), "bid-version:b"));
    await testDb.db.$transaction((tx) => sealForTender(tx, otherTenderId, Buffer.from("x"), "bid-version:c"));
    const open = (tender: string, item: typeof sealed, context: string, kek?: ReturnType<typeof localKek>) => testDb.db.$transaction((tx) => openForTender(tx, tender, item, context, kek));
    await expect(open(tenderId, sealed, "bid-version:other")).rejects.toThrow();
    await expect(open(otherTenderId, sealed, "bid-version:b")).rejects.toThrow();
    const flipped = { ...sealed, ciphertext: new Uint8Array(sealed.ciphertext) };
    flipped.ciphertext[0]! ^= 1;
    await expect(open(tenderId, flipped, "bid-version:b")).rejects.toThrow();
    await expect(open(tenderId, sealed, "bid-version:b", localKek(randomBytes(32)))).rejects.toThrow(/wrapped by KEK/);
  });

  it("makes one data key per competition when the first two seals race", async () => {
    const [fresh] = await testDb.db.tender.findMany({ where: { dataKey: null, id: { notIn: [tenderId, otherTenderId] } }, take: 1, select: { id: true } });
    const items = await Promise.all([0, 1, 2, 3].map((n) => testDb.db.$transaction((tx) => sealForTender(tx, fresh!.id, Buffer.from(`bud ${n}`), `bid-version:${n}`))));
    expect(await testDb.db.tenderKey.count({ where: { tenderId: fresh!.id } })).toBe(1);
    for (const [n, item] of items.entries()) {
      expect((await testDb.db.$transaction((tx) => openForTender(tx, fresh!.id, item, `bid-version:${n}`))).toString()).toBe(`bud ${n}`);
    }
  });
});
