import "server-only";

import { isUtf8 } from "node:buffer";

import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { isForeignOrigin, isJsonContentType, ownHosts } from "@/lib/security/origin";

/** Larger JSON bodies are refused before they are read whole (no API input comes near it). */
export const MAX_JSON_BYTES = 1024 * 1024;

/** Cookie-authenticated writes from another site are refused; a bearer token is not sent by a foreign page. */
export function assertOwnOrigin(request: Request): void {
  if (request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return;
  if (isForeignOrigin(request.headers, ownHosts(request.headers, env().NEXTAUTH_URL))) {
    throw new AppError("FORBIDDEN", "errors.foreignOrigin");
  }
}

/** The JSON body of an API request: exactly application/json, at most MAX_JSON_BYTES, well-formed. */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type"))) throw new AppError("VALIDATION", "errors.jsonRequired");
  const tooLarge = () => new AppError("TOO_LARGE", "errors.tooLarge", { messageParams: { limit: "1 MB" } });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body ?? []) {
    size += chunk.byteLength;
    if (size > MAX_JSON_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  const text = utf8Text(Buffer.concat(chunks));
  try {
    if (text === null) throw new SyntaxError("not UTF-8");
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "errors.jsonInvalid");
  }
}

/**
 * The bytes as text when they are well-formed UTF-8 (a leading byte order mark dropped, as TextDecoder does), else
 * null. Native validation and decoding: a fatal TextDecoder was a thirtieth of the server's time at a deadline rush.
 */
export function utf8Text(bytes: Buffer): string | null {
  if (!isUtf8(bytes)) return null;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString("utf8", bom);
}
