import { env } from "@/lib/env";
import { DOCUMENT_TYPES, extensionOf, type DocumentExtension } from "@/lib/documents/rules";

/*
 * Bid attachments: PDF, DOCX, XLSX or ODT (the tender documents' types), with the type sniffed from the bytes
 * (lib/documents/sniff, file-type) and required to match the name's extension and any type the client claimed;
 * executables and anything else are refused. Names are sanitised before they are stored or shown.
 */

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;
export const DEFAULT_MAX_TOTAL_BYTES = 100 * 1024 * 1024;

export interface BidDocumentLimits {
  maxFileBytes: number;
  maxTotalBytes: number;
}

/** The configured limits (BID_MAX_FILE_BYTES / BID_MAX_TOTAL_BYTES), defaults 25 MB a file and 100 MB a bid. */
export function bidDocumentLimits(): BidDocumentLimits {
  const config = env();
  return { maxFileBytes: config.BID_MAX_FILE_BYTES ?? DEFAULT_MAX_FILE_BYTES, maxTotalBytes: config.BID_MAX_TOTAL_BYTES ?? DEFAULT_MAX_TOTAL_BYTES };
}

export const megabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

const GENERIC_CLAIMS = new Set(["", "application/octet-stream", "application/zip", "application/x-zip-compressed"]);
// Executable formats file-type recognises: refused with their own message even when renamed to .pdf.
const EXECUTABLE_MIMES = new Set([
  "application/x-msdownload", "application/x-elf", "application/x-mach-binary", "application/x-executable", "application/vnd.microsoft.portable-executable",
  "application/x-sharedlib", "application/java-archive", "application/x-shockwave-flash", "application/wasm", "application/x-msi", "application/vnd.android.package-archive",
]);

export type BidDocumentVerdict =
  | { ok: true; mimeType: string; filename: string }
  | { ok: false; messageKey: "bids.errors.fileTooLarge" | "bids.errors.fileEmpty" | "bids.errors.fileType" | "bids.errors.fileMismatch" | "bids.errors.fileExecutable" | "bids.errors.totalTooLarge" };

/**
 * A file name safe to store and show: no path, no control or bidi characters, no leading dots, at most 150 characters
 * (keeping the extension); an empty result becomes "vedlegg".
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

/** Judges one attachment against the limits, given the bytes already in the bid (`otherBytes`). PURE. */
export function checkBidDocument(
  file: { filename: string; sizeBytes: number; claimedType?: string | null; sniffed?: { ext: string; mime: string } },
  otherBytes: number,
  limits: BidDocumentLimits,
): BidDocumentVerdict {
  if (file.sizeBytes === 0) return { ok: false, messageKey: "bids.errors.fileEmpty" };
  if (file.sizeBytes > limits.maxFileBytes) return { ok: false, messageKey: "bids.errors.fileTooLarge" };
  if (otherBytes + file.sizeBytes > limits.maxTotalBytes) return { ok: false, messageKey: "bids.errors.totalTooLarge" };
  if (file.sniffed && EXECUTABLE_MIMES.has(file.sniffed.mime)) return { ok: false, messageKey: "bids.errors.fileExecutable" };
  const filename = sanitizeFilename(file.filename);
  const extension = extensionOf(filename);
  if (!(extension in DOCUMENT_TYPES)) return { ok: false, messageKey: "bids.errors.fileType" };
  const expected = DOCUMENT_TYPES[extension as DocumentExtension];
  if (!file.sniffed || file.sniffed.mime !== expected) return { ok: false, messageKey: "bids.errors.fileMismatch" };
  const claimed = (file.claimedType ?? "").split(";")[0]!.trim().toLowerCase();
  if (!GENERIC_CLAIMS.has(claimed) && claimed !== expected) return { ok: false, messageKey: "bids.errors.fileMismatch" };
  return { ok: true, mimeType: expected, filename };
}

/**
 * The virus-scanner hook (README "Documents"): called with every attachment's bytes before it is sealed, inside the
 * command. Resolve `{ clean: true }` to accept; `{ clean: false, signature }` refuses the file (VALIDATION, nothing
 * stored). Throwing fails the command (a scanner that is down never lets a file through). The default accepts all.
 */
export interface VirusScanner {
  scan(file: { filename: string; bytes: Uint8Array; sha256: string }): Promise<{ clean: true } | { clean: false; signature: string }>;
}

export const noopVirusScanner: VirusScanner = { scan: async () => ({ clean: true }) };

let scanner: VirusScanner = noopVirusScanner;

export function getVirusScanner(): VirusScanner {
  return scanner;
}

/** Installs a scanner (at start-up, e.g. a ClamAV client; in tests a stub); null restores the no-op default. */
export function setVirusScanner(next: VirusScanner | null): void {
  scanner = next ?? noopVirusScanner;
}
