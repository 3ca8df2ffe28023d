import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

import { env } from "@/lib/env";

/**
 * The key-encryption key (KEK) that wraps each competition's data key. One small interface, so a cloud KMS (which
 * wraps and unwraps remotely and never hands out its key) can stand in for the key from the environment.
 */
export interface KeyEncryptionKey {
  /** Names the KEK a data key was wrapped with (stored beside it), so keys can be rotated. */
  readonly id: string;
  wrap(dataKey: Buffer): Promise<Buffer>;
  unwrap(wrapped: Buffer): Promise<Buffer>;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A KEK held in memory (from `BID_KEK`): AES-256-GCM key wrapping, iv ‖ tag ‖ ciphertext. */
export function localKek(key: Buffer): KeyEncryptionKey {
  if (key.length !== KEY_BYTES) throw new Error(`BID_KEK must be ${KEY_BYTES} bytes (base64url); got ${key.length}`);
  const id = `local:${createHash("sha256").update(key).digest("hex").slice(0, 12)}`;
  return {
    id,
    async wrap(dataKey) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(id));
      const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async unwrap(wrapped) {
      const decipher = createDecipheriv("aes-256-gcm", key, wrapped.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(id));
      decipher.setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    },
  };
}

/** The KEK from the environment (`npm start` generates one into `.data/bid-kek` for the demo; never in the repo). */
export function environmentKek(): KeyEncryptionKey {
  const encoded = env().BID_KEK;
  if (!encoded) throw new Error("Missing environment variable BID_KEK (32 random bytes, base64url): bids cannot be sealed without it");
  return localKek(Buffer.from(encoded, "base64url"));
}
