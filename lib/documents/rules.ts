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

// Executable formats file-type recognises: refused with their own message even when renamed to .pdf.
const EXECUTABLE_MIMES = new Set([
  "application/x-msdownload", "application/x-elf", "application/x-mach-binary", "application/x-executable", "application/vnd.microsoft.portable-executable",
  "application/x-sharedlib", "application/java-archive", "application/x-shockwave-flash", "application/wasm", "application/x-msi", "application/vnd.android.package-archive",
]);

/**
 * A file name safe to store and show: no path, no control or bidi characters, no leading dots, at most 150 characters
 * (keeping the extension); an empty result becomes "vedlegg". Every upload (tender, supplier and bid documents)
 * stores the name through this.
 */
export function sanitizeFilename(raw: string): string {
  const base = raw.replace(/^.*[\\/]/, "").normalize("NFC");
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (cleaned.length <= 150) return cleaned || "vedlegg";
  const ext = extensionOf(cleaned);
  const keep = ext && ext.length <= 10 ? `.${ext}` : "";
  return cleaned.slice(0, 150 - keep.length) + keep;
}

export type DocumentRefusal = "tooLarge" | "empty" | "type" | "mismatch" | "executable" | "totalTooLarge";

export type DocumentVerdict =
  | { ok: true; extension: DocumentExtension; contentType: string; filename: string }
  | { ok: false; reason: DocumentRefusal; messageKey: `documents.errors.${DocumentRefusal}` };

export interface DocumentLimits {
  /** Largest file (default MAX_DOCUMENT_BYTES). */
  maxFileBytes: number;
  /** With `otherBytes` (the bytes already attached): the most all files together may be (bids: 100 MB). */
  maxTotalBytes?: number;
  otherBytes?: number;
}

const refuse = (reason: DocumentRefusal): DocumentVerdict => ({ ok: false, reason, messageKey: `documents.errors.${reason}` });

/**
 * Judges an upload (the one check for tender, supplier and bid documents): its size against the limits, executables
 * (by their own message), the extension of its (sanitised) name, the type the client claimed, and the type sniffed
 * from the bytes (`sniffed`, e.g. from file-type; undefined when the bytes are no known format). PURE.
 */
export function checkDocument(
  file: { filename: string; sizeBytes: number; claimedType?: string | null; sniffed?: { ext: string; mime: string } },
  limits: DocumentLimits = { maxFileBytes: MAX_DOCUMENT_BYTES },
): DocumentVerdict {
  if (file.sizeBytes === 0) return refuse("empty");
  if (file.sizeBytes > limits.maxFileBytes) return refuse("tooLarge");
  if (limits.maxTotalBytes !== undefined && (limits.otherBytes ?? 0) + file.sizeBytes > limits.maxTotalBytes) return refuse("totalTooLarge");
  if (file.sniffed && EXECUTABLE_MIMES.has(file.sniffed.mime)) return refuse("executable");
  const filename = sanitizeFilename(file.filename);
  const extension = extensionOf(filename);
  if (!(extension in DOCUMENT_TYPES)) return refuse("type");
  const expected = DOCUMENT_TYPES[extension as DocumentExtension];
  if (!file.sniffed || file.sniffed.mime !== expected) return refuse("mismatch");
  const claimed = (file.claimedType ?? "").split(";")[0]!.trim().toLowerCase();
  if (!GENERIC_CLAIMS.has(claimed) && claimed !== expected) return refuse("mismatch");
  return { ok: true, extension: extension as DocumentExtension, contentType: expected, filename };
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
