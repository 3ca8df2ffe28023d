import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readOpenedBid } from "@/lib/bids/opened";
import { recordBidderCounts } from "@/lib/bids/received";
import { transitionTender, type TenderSnapshot } from "@/lib/tenders/guarded-transition";

import { evaluatedPriceOre } from "./price";
import type { OpeningRecord, OpeningRecordBid } from "./record";

interface Person {
  id: string;
  at: Date;
}

/**
 * The opening itself, inside the confirming command's transaction: ANNOUNCED → OPENED with Tender.openedAt (guarded on
 * the version the user saw), then every submitted bid is decrypted (lib/bids/opened, which only now stops refusing),
 * gets status OPENED and its evaluated price; withdrawn bids stay WITHDRAWN. Returns the opening record to store.
 */
export async function openBids(
  tx: Tx,
  tender: TenderSnapshot & { expectedOutcomeRate: { toString(): string } | null },
  opening: { control: OpeningRecord["control"]; requested: Person; confirmed: Person | null },
  now: Date,
): Promise<OpeningRecord> {
  await transitionTender(tx, tender, "open", { openedAt: now });
  const bids = await tx.bid.findMany({
    where: { tenderId: tender.id, status: { in: ["SUBMITTED", "WITHDRAWN"] } },
    select: {
      id: true, status: true, withdrawnAt: true, supplierId: true,
      supplier: { select: { name: true, orgnr: true } },
      lot: { select: { id: true, number: true, title: true } },
    },
    orderBy: [{ lot: { number: "asc" } }, { supplier: { name: "asc" } }],
  });
  const rows: OpeningRecordBid[] = [];
  for (const bid of bids) {
    const base = { bidId: bid.id, supplierId: bid.supplierId, supplierName: bid.supplier.name, orgnr: bid.supplier.orgnr, lotId: bid.lot.id, lotNumber: bid.lot.number, lotTitle: bid.lot.title };
    if (bid.status === "WITHDRAWN") {
      const latest = await tx.bidVersion.findFirst({ where: { bidId: bid.id }, orderBy: { number: "desc" }, select: { number: true, submittedAt: true } });
      rows.push({ ...base, status: "WITHDRAWN", versionNumber: latest?.number ?? null, receivedAt: latest?.submittedAt.toISOString() ?? null, withdrawnAt: bid.withdrawnAt?.toISOString() ?? null, priceOre: null, price: null });
      continue;
    }
    const opened = await readOpenedBid(tx, bid.id);
    const price = opened?.submission.lots?.find((lot) => lot.lotId === bid.lot.id)?.price;
    // A submitted bid always has a version with its lot: anything else is a broken store, not a user error.
    if (!opened || !price) throw new AppError("INVALID_STATE", "opening.errors.unreadableBid", { bidId: bid.id });
    const priceOre = evaluatedPriceOre(price, tender.expectedOutcomeRate);
    await tx.bid.update({ where: { id: bid.id }, data: { status: "OPENED", priceOre } });
    rows.push({ ...base, status: "OPENED", versionNumber: opened.versionNumber, receivedAt: opened.submittedAt.toISOString(), withdrawnAt: null, priceOre: priceOre.toString(), price });
  }
  await recordBidderCounts(tx, [tender.id]);
  const names = new Map((await tx.user.findMany({ where: { id: { in: [opening.requested.id, ...(opening.confirmed ? [opening.confirmed.id] : [])] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const person = (p: Person) => ({ id: p.id, name: names.get(p.id) ?? "", at: p.at.toISOString() });
  return { version: 1, openedAt: now.toISOString(), control: opening.control, requestedBy: person(opening.requested), confirmedBy: opening.confirmed ? person(opening.confirmed) : null, bids: rows };
}

/** Every organisation that submitted (or submitted and withdrew) a bid: they are told and may read the record. */
export function biddersOf(record: OpeningRecord): string[] {
  return [...new Set(record.bids.map((bid) => bid.supplierId))].sort();
}
