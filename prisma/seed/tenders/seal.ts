import { createHash } from "node:crypto";

import { sealForTender } from "@/lib/bids/sealing";
import type { Tx } from "@/lib/db";

/**
 * Demo bids are sealed exactly as real ones: AES-256-GCM under their competition's data key (lib/bids/sealing),
 * wrapped by the KEK from `BID_KEK` (npm start keeps the demo's in .data/bid-kek; the vitest config makes one per
 * run), in the contexts submitBid uses (lib/bids/contexts): a version by its id, a document by competition,
 * organisation and SHA-256.
 */
export type Sealed = Awaited<ReturnType<typeof sealForTender>> & { sha256: string; sizeBytes: number };

export async function sealSeedItem(tx: Tx, tenderId: string, plaintext: Buffer, context: string): Promise<Sealed> {
  const sealed = await sealForTender(tx, tenderId, plaintext, context);
  return { ...sealed, sha256: createHash("sha256").update(plaintext).digest("hex"), sizeBytes: plaintext.length };
}
