import "server-only";

import { contentDisposition } from "@/lib/documents/rules";
import type { StoredFile } from "@/lib/storage";

/**
 * A stored file as an HTTP response: its sniffed Content-Type, a safe Content-Disposition, the SHA-256 as a strong
 * ETag (a matching If-None-Match gets 304, without reading the bytes) and as Repr-Digest (RFC 9530).
 */
export async function fileResponse(request: Request, file: StoredFile, cacheControl: string): Promise<Response> {
  const etag = `"${file.sha256}"`;
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": cacheControl,
    "Repr-Digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
  });
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  const bytes = await file.content();
  headers.set("Content-Type", file.contentType);
  headers.set("Content-Length", String(bytes.byteLength));
  headers.set("Content-Disposition", contentDisposition(file.filename));
  return new Response(Buffer.from(bytes), { status: 200, headers });
}
