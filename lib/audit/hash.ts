import { createHash } from "node:crypto";
import { canonicalJSON } from "./canonical";

/** The prevHash of the first event in every chain. */
export const GENESIS_HASH = "0".repeat(64);

/** "global" for platform events (users, reference data); one chain per tender (and per market dialogue) otherwise. */
export type AuditChain = "global" | `tender:${string}` | `dialogue:${string}`;

export function tenderChain(tenderId: string): AuditChain {
  return `tender:${tenderId}`;
}

/** The fields a link's hash covers: everything stored about the event except its row id. */
export interface HashedEvent {
  chain: string;
  seq: number;
  at: Date;
  actorId: string | null;
  /** The API token the actor acted through (null/absent: not via the API). */
  apiTokenId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
}

/**
 * sha256 (hex) of the canonical JSON of the event, `at` as an ISO instant. `apiTokenId` is a member only when set:
 * every event written before it existed (and every web-app event) keeps the hash it had.
 */
export function eventHash(event: HashedEvent): string {
  return createHash("sha256").update(hashedText(event), "utf8").digest("hex");
}

function hashedText(event: HashedEvent): string {
  const { chain, seq, at, actorId, apiTokenId, action, entityType, entityId, before, after, prevHash } = event;
  return canonicalJSON({
    chain, seq, at: at.toISOString(), actorId, ...(apiTokenId ? { apiTokenId } : {}), action, entityType, entityId, before, after, prevHash,
  });
}

/*
 * The canonical text's members are sorted, and `prevHash` and `seq` sort last, so the text is
 * `<prefix>,"prevHash":"<hex>","seq":<n>}`: the prefix is known before the head is locked, and the database completes
 * and hashes the text in the statement that takes the lock (lib/audit/append.ts) — the same hash as eventHash.
 */
const HEAD_SUFFIX = ',"prevHash":"","seq":0}';

/** The canonical text of an event up to (not including) its `prevHash` member. */
export function eventHashPrefix(event: Omit<HashedEvent, "prevHash" | "seq">): string {
  const text = hashedText({ ...event, prevHash: "", seq: 0 });
  if (!text.endsWith(HEAD_SUFFIX)) throw new Error("Audit hash members no longer end with prevHash and seq");
  return text.slice(0, -HEAD_SUFFIX.length);
}
