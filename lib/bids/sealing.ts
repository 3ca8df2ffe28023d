import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import type { Tx } from "@/lib/db";

import { environmentKek, type KeyEncryptionKey } from "./keys";

/*
 * Sealed bids: content and documents are encrypted at rest with AES-256-GCM under a data key of their own
 * competition, which is stored only wrapped by the KEK (lib/bids/keys). Each item has a fresh random IV, and its
 * context (e.g. "bid-version:<id>") is bound in as additional data, so a ciphertext cannot be moved to another row.
 * Nothing here decides *when* a bid may be opened: callers do (opening is a command of its own).
 */

export interface SealedItem {
  ciphertext: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  authTag: Uint8Array<ArrayBuffer>;
  /** The competition's data-key id: `tender:<id>` under the KEK that wraps it. */
  keyId: string;
}

const DATA_KEY_BYTES = 32;

/** A competition's stored data key, still wrapped (a caller that has read it already passes it on). */
export interface StoredTenderKey {
  kekId: string;
  wrappedKey: Uint8Array;
}

/**
 * The competition's data key: made and stored (wrapped) on first use; one per competition even under a race.
 * `known`: the row as the caller read it in this transaction (undefined: read it here; null: there was none).
 */
async function dataKeyFor(tx: Tx, tenderId: string, kek: KeyEncryptionKey, known?: StoredTenderKey | null): Promise<{ key: Buffer; keyId: string }> {
  const existing = known === undefined ? await tx.tenderKey.findUnique({ where: { tenderId } }) : known;
  if (existing) return { key: await unwrapFor(existing, kek), keyId: `tender:${tenderId}` };
  const candidate = randomBytes(DATA_KEY_BYTES);
  const wrapped = await kek.wrap(candidate);
  // Two first submissions at once: the insert that loses does nothing, and both use the row that won.
  await tx.$executeRaw`INSERT INTO "TenderKey" ("tenderId", "kekId", "wrappedKey") VALUES (${tenderId}, ${kek.id}, ${wrapped}) ON CONFLICT ("tenderId") DO NOTHING`;
  const stored = await tx.tenderKey.findUniqueOrThrow({ where: { tenderId } });
  return { key: await unwrapFor(stored, kek), keyId: `tender:${tenderId}` };
}

async function unwrapFor(row: { kekId: string; wrappedKey: Uint8Array }, kek: KeyEncryptionKey): Promise<Buffer> {
  if (row.kekId !== kek.id) throw new Error(`the data key is wrapped by KEK ${row.kekId}, not by the configured ${kek.id}`);
  return kek.unwrap(Buffer.from(row.wrappedKey));
}

/**
 * Seals items of one competition under its data key, unwrapped ONCE (the KEK may be a remote KMS: one call per
 * command, not one per item). Make one per command/transaction and seal every version, draft and document with it.
 */
export interface TenderSealer {
  readonly keyId: string;
  seal(plaintext: Uint8Array, context: string): SealedItem;
}

export async function tenderSealer(
  tx: Tx,
  tenderId: string,
  { kek = environmentKek(), stored }: { kek?: KeyEncryptionKey; stored?: StoredTenderKey | null } = {},
): Promise<TenderSealer> {
  const { key, keyId } = await dataKeyFor(tx, tenderId, kek, stored);
  return {
    keyId,
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return { ciphertext: new Uint8Array(ciphertext), iv: new Uint8Array(iv), authTag: new Uint8Array(cipher.getAuthTag()), keyId };
    },
  };
}

/** Seals one item (a one-off: the seed, tests). A command sealing several items uses one `tenderSealer`. */
export async function sealForTender(tx: Tx, tenderId: string, plaintext: Uint8Array, context: string, kek: KeyEncryptionKey = environmentKek()): Promise<SealedItem> {
  return (await tenderSealer(tx, tenderId, { kek })).seal(plaintext, context);
}

/** Decrypts one item of the competition; a changed byte, IV, tag or context fails (GCM authentication). */
export async function openForTender(tx: Tx, tenderId: string, sealed: Omit<SealedItem, "keyId">, context: string, kek: KeyEncryptionKey = environmentKek()): Promise<Buffer> {
  const row = await tx.tenderKey.findUnique({ where: { tenderId } });
  if (!row) throw new Error(`no data key for competition ${tenderId}`);
  const decipher = createDecipheriv("aes-256-gcm", await unwrapFor(row, kek), Buffer.from(sealed.iv));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(sealed.authTag));
  return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext)), decipher.final()]);
}
