import { sha256Hex } from "@/lib/storage";

/*
 * The canonical form of a bid (lib/bids/README.md, "Receipt"): JSON with object keys sorted by code unit, no
 * whitespace, strings in Unicode NFC, and only strings, booleans, null, safe integers, arrays and objects — so it
 * equals RFC 8785 (JCS) for these values and any JCS library recomputes it. The receipt's SHA-256 is over its UTF-8
 * bytes; the same bytes are what is sealed, so the stored BidVersion.contentHash is the receipt's hash.
 */

export type Canonical = string | boolean | null | number | readonly Canonical[] | { readonly [key: string]: Canonical };

export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new TypeError(`canonical form takes safe integers only, not ${value}`);
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value.normalize("NFC"));
  if (Array.isArray(value)) return `[${value.map((item: Canonical) => canonicalJson(item)).join(",")}]`;
  const object = value as { readonly [key: string]: Canonical };
  const keys = Object.keys(object).sort();
  return `{${keys.map((key) => `${JSON.stringify(key.normalize("NFC"))}:${canonicalJson(object[key]!)}`).join(",")}}`;
}

export function canonicalBytes(value: Canonical): Buffer {
  return Buffer.from(canonicalJson(value), "utf8");
}


/** The receipt hash of a bid's canonical content. */
export function receiptHash(value: Canonical): string {
  return sha256Hex(canonicalBytes(value));
}
