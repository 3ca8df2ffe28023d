/**
 * What a tender document may be (pure): PDF, DOCX, XLSX or ODT, at most MAX_DOCUMENT_BYTES, and the type sniffed
 * from the bytes must be the one the file name's extension (and any type the client claimed) says.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENT_LABEL = "20 MB";

export const DOCUMENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
} as const;
export type DocumentExtension = keyof typeof DOCUMENT_TYPES;

/** The extension that names a stored content type (for `documents.types.<ext>` labels); "pdf" for anything unknown. */
export function extensionForType(contentType: string): DocumentExtension {
  return (Object.entries(DOCUMENT_TYPES).find(([, mime]) => mime === contentType)?.[0] as DocumentExtension | undefined) ?? "pdf";
}

/** For the file picker's `accept`: extensions and types together. */
export const DOCUMENT_ACCEPT = [...Object.keys(DOCUMENT_TYPES).map((ext) => `.${ext}`), ...Object.values(DOCUMENT_TYPES)].join(",");

// Types browsers and tools send for these files besides the exact one; anything else claimed is a mismatch.
const GENERIC_CLAIMS = new Set(["", "application/octet-stream", "application/zip", "application/x-zip-compressed"]);

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return dot < 0 ? "" : filename.slice(dot + 1).toLowerCase();
}

export type DocumentVerdict =
  | { ok: true; extension: DocumentExtension; contentType: string }
  | { ok: false; messageKey: "documents.errors.tooLarge" | "documents.errors.empty" | "documents.errors.type" | "documents.errors.mismatch" };

/**
 * Judges an upload: its size, the extension of its name, the type the client claimed, and the type sniffed from the
 * bytes (`sniffed`, e.g. from file-type; undefined when the bytes are no known format).
 */
export function checkDocument(file: { filename: string; sizeBytes: number; claimedType?: string | null; sniffed?: { ext: string; mime: string } }): DocumentVerdict {
  if (file.sizeBytes > MAX_DOCUMENT_BYTES) return { ok: false, messageKey: "documents.errors.tooLarge" };
  if (file.sizeBytes === 0) return { ok: false, messageKey: "documents.errors.empty" };
  const extension = extensionOf(file.filename);
  if (!(extension in DOCUMENT_TYPES)) return { ok: false, messageKey: "documents.errors.type" };
  const expected = DOCUMENT_TYPES[extension as DocumentExtension];
  if (!file.sniffed || file.sniffed.mime !== expected) return { ok: false, messageKey: "documents.errors.mismatch" };
  const claimed = (file.claimedType ?? "").split(";")[0]!.trim().toLowerCase();
  if (!GENERIC_CLAIMS.has(claimed) && claimed !== expected) return { ok: false, messageKey: "documents.errors.mismatch" };
  return { ok: true, extension: extension as DocumentExtension, contentType: expected };
}

/**
 * A Content-Disposition header that cannot be used to inject headers or paths: an ASCII fallback without quotes,
 * slashes or control characters, and the exact UTF-8 name in `filename*` (RFC 6266 / 8187).
 */
export function contentDisposition(filename: string, kind: "attachment" | "inline" = "attachment"): string {
  const base = filename.replace(/^.*[\\/]/, "");
  const ascii =
    base
      .replace(/[ØøÆæ]/g, (c) => ({ Ø: "O", ø: "o", Æ: "AE", æ: "ae" })[c]!)
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;%]/g, "_")
      .replace(/\s+/g, " ")
      .trim() || "document";
  const encoded = encodeURIComponent(base).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
