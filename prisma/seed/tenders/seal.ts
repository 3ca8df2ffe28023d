import { createCipheriv, createHash, scryptSync } from "node:crypto";

/**
 * Demo bids are sealed with AES-256-GCM under a key derived from the public string "demo-seed" (keyId "demo"),
 * so the seed is reproducible. Real bids are sealed by lib/bids with a key derived from the server secret.
 */
const DEMO_KEY = scryptSync("demo-seed", "tiltaksanbud-demo-bids", 32);
export const DEMO_KEY_ID = "demo";

export type Sealed = { ciphertext: Uint8Array<ArrayBuffer>; iv: Uint8Array<ArrayBuffer>; authTag: Uint8Array<ArrayBuffer>; sha256: string };

/** `nonce` must be unique per sealed item (the IV is derived from it, and GCM must never reuse an IV per key). */
export function sealDemo(plaintext: Buffer, nonce: string): Sealed {
  const iv = createHash("sha256").update(nonce).digest().subarray(0, 12);
  const cipher = createCipheriv("aes-256-gcm", DEMO_KEY, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    ciphertext: new Uint8Array(ciphertext),
    iv: new Uint8Array(iv),
    authTag: new Uint8Array(cipher.getAuthTag()),
    sha256: createHash("sha256").update(plaintext).digest("hex"),
  };
}
