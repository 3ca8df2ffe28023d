import { createHash } from "node:crypto";

import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Where file bytes live, behind one small interface so object storage can stand in later: `put` stores bytes and
 * returns their key, `get` returns them (null for an unknown key). Keys are content addresses ("sha256:<hex>"), so
 * the same bytes are stored once and a key never points at other bytes.
 */
export interface BlobStorage {
  put(bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Uint8Array | null>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export const storageKeyFor = (bytes: Uint8Array) => `sha256:${sha256Hex(bytes)}`;

/**
 * The PostgreSQL implementation (bytea, table StoredObject). Give it the command's transaction: the bytes then commit
 * or roll back with the rows that point at them.
 */
export function postgresStorage(client: DbOrTx): BlobStorage {
  return {
    async put(bytes) {
      const key = storageKeyFor(bytes);
      // Content-addressed: a second upload of the same bytes (even concurrently) finds them stored.
      await client.storedObject.createMany({ data: [{ key, bytes: Buffer.from(bytes), sizeBytes: bytes.byteLength }], skipDuplicates: true });
      return key;
    },
    async get(key) {
      const row = await client.storedObject.findUnique({ where: { key }, select: { bytes: true } });
      return row ? new Uint8Array(row.bytes) : null;
    },
  };
}

/**
 * A stored file as a read answers it: what it is (name, type, hash) now, its bytes only when asked for — so a download
 * whose ETag (the hash) the client already holds answers 304 without reading them, and nothing is read before the
 * query's policy has allowed the row.
 */
export interface StoredFile {
  filename: string;
  contentType: string;
  sha256: string;
  /** The bytes; NOT_FOUND when the key points at nothing (the row outlived its blob). */
  content: () => Promise<Uint8Array>;
}

export function storedFile(client: DbOrTx, file: { filename: string; contentType: string; sha256: string; storageKey: string }): StoredFile {
  return {
    filename: file.filename,
    contentType: file.contentType,
    sha256: file.sha256,
    content: async () => {
      const bytes = await postgresStorage(client).get(file.storageKey);
      if (bytes === null) throw new AppError("NOT_FOUND", "errors.notFound");
      return bytes;
    },
  };
}
