import { env } from "@/lib/env";

/*
 * Bid attachments are judged by the one document check (lib/documents/rules checkDocument: PDF, DOCX, XLSX or ODT,
 * type sniffed from the bytes, executables and mismatches refused, names sanitised) under the bids' own limits here.
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
