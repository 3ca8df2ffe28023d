import type { BidPrice } from "@/lib/bids/content";

/**
 * The opening record (åpningsprotokoll), stored in TenderOpening.record at the moment of opening and never changed:
 * who opened and who confirmed, when, and per bid the bidder, lot, price and the receipt time of its latest version —
 * withdrawn bids too (without a price: a withdrawn bid is not opened). JSON-safe: øre and instants as strings.
 */
export interface OpeningRecord {
  version: 1;
  openedAt: string;
  control: "TWO_PEOPLE" | "ONE_PERSON";
  requestedBy: { id: string; name: string; at: string };
  confirmedBy: { id: string; name: string; at: string } | null;
  bids: OpeningRecordBid[];
}

export interface OpeningRecordBid {
  bidId: string;
  supplierId: string;
  supplierName: string;
  orgnr: string;
  lotId: string;
  lotNumber: number;
  lotTitle: string;
  status: "OPENED" | "WITHDRAWN";
  /** The latest version's submission number and receipt time. */
  versionNumber: number | null;
  receivedAt: string | null;
  withdrawnAt: string | null;
  /** The evaluated price (øre) and the price as offered; null for a withdrawn bid. */
  priceOre: string | null;
  price: BidPrice | null;
}

/** Reads a stored record back (the column is JSON); null while the opening is only requested. */
export function readOpeningRecord(value: unknown): OpeningRecord | null {
  if (value === null || typeof value !== "object" || (value as { version?: unknown }).version !== 1) return null;
  return value as OpeningRecord;
}
