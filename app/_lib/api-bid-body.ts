import "server-only";

import { bidDocumentLimits, megabytes } from "@/lib/bids/documents";
import { AppError } from "@/lib/errors";
import { isJsonContentType } from "@/lib/security/origin";

import { utf8Text } from "./api-request";

/*
 * The body of POST /api/v1/tenders/{id}/bids, in either of two forms:
 * - application/json: the bid, with `documents: [{ filename, contentType?, contentBase64 }]`;
 * - multipart/form-data: a part "bid" holding that JSON (without documents, or with base64 ones), and each file as
 *   its own part (any field name; the part's filename and Content-Type are the document's).
 * Both end as the submitBid command's input shape, `documents: [{ filename, claimedType, bytes }]`, so the files go
 * through exactly the checks the portal's do (limits, sniffing, name sanitising, virus-scanner hook) — in the command.
 * The body is read within a limit derived from the configured bid limits (BID_MAX_TOTAL_BYTES): a declared
 * Content-Length above it is refused before reading, a longer body is cut off while streaming (413 either way).
 */

/** Room for the bid's own JSON (answers up to 10 000 characters per criterion) and multipart framing. */
const CONTENT_ROOM = 2 * 1024 * 1024;

/** The largest body accepted: every document at the total limit, base64-inflated for JSON, plus the content. */
export function maxBidBodyBytes(kind: "json" | "multipart"): number {
  const total = bidDocumentLimits().maxTotalBytes;
  return (kind === "json" ? Math.ceil(total / 3) * 4 : total) + CONTENT_ROOM;
}

const tooLarge = (limit: number) => new AppError("TOO_LARGE", "errors.tooLarge", { messageParams: { limit: megabytes(limit) } });

async function readLimited(request: Request, limit: number): Promise<Buffer<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body ?? []) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseJsonObject(bytes: Uint8Array, field?: string): Record<string, unknown> {
  let value: unknown;
  try {
    const text = utf8Text(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (text === null) throw new SyntaxError("not UTF-8");
    value = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "errors.jsonInvalid", field ? { fieldErrors: { [field]: ["errors.jsonInvalid"] } } : undefined);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new AppError("VALIDATION", "api.errors.objectRequired");
  return value as Record<string, unknown>;
}

/**
 * Strict base64 (the standard alphabet, padded, nothing else): Buffer.from(…, "base64") silently skips garbage, so
 * the decoded bytes must encode back to exactly the text. Native both ways — a regular expression over a 25 MB
 * document was a twentieth of the server's time in the deadline-rush bench.
 */
function decodeStrictBase64(text: string): Buffer | null {
  if (text.length === 0 || text.length % 4 !== 0) return null;
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64") === text ? bytes : null;
}

/** `documents: [{ filename, contentType?, contentBase64 }]` → the command's `[{ filename, claimedType, bytes }]`. */
function decodeDocuments(raw: unknown): unknown {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return raw; // the command's schema answers with a field error
  const errors: Record<string, string[]> = {};
  const decoded = raw.map((item: unknown, index) => {
    if (typeof item !== "object" || item === null) return item;
    const { filename, contentType, contentBase64 } = item as Record<string, unknown>;
    const bytes = typeof contentBase64 === "string" ? decodeStrictBase64(contentBase64.replace(/\s+/g, "")) : null;
    if (bytes === null) {
      errors[`documents.${index}.contentBase64`] = ["apiBids.errors.base64Invalid"];
      return item;
    }
    return { filename, claimedType: contentType, bytes: new Uint8Array(bytes) };
  });
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "apiBids.errors.base64Invalid", { fieldErrors: errors });
  return decoded;
}

/** The submission body as the command's input (without tenderId / idempotencyKey, which the route adds). */
export async function readBidSubmission(request: Request): Promise<Record<string, unknown>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (isJsonContentType(contentType)) {
    const body = parseJsonObject(await readLimited(request, maxBidBodyBytes("json")));
    return { ...body, documents: decodeDocuments(body.documents) };
  }
  if (!/^multipart\/form-data;/i.test(contentType)) throw new AppError("VALIDATION", "apiBids.errors.contentType");
  const bytes = await readLimited(request, maxBidBodyBytes("multipart"));
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("VALIDATION", "apiBids.errors.multipartInvalid");
  }
  const part = form.get("bid");
  if (part === null) throw new AppError("VALIDATION", "apiBids.errors.bidPartRequired", { fieldErrors: { bid: ["apiBids.errors.bidPartRequired"] } });
  const body = parseJsonObject(typeof part === "string" ? Buffer.from(part, "utf8") : new Uint8Array(await part.arrayBuffer()), "bid");
  const inline = decodeDocuments(body.documents);
  const files: { filename: string; claimedType: string; bytes: Uint8Array }[] = [];
  for (const [name, value] of form.entries()) {
    if (name === "bid" || typeof value === "string") continue;
    files.push({ filename: value.name, claimedType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return { ...body, documents: Array.isArray(inline) ? [...inline, ...files] : inline };
}
