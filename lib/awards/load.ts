import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TenderStatus } from "@/lib/tenders/transitions";

/** Bids that took part once the tender was opened (the bidders who get a letter): not drafts, withdrawn or late ones. */
export const PARTICIPATING_BID_STATUSES = ["OPENED", "QUALIFIED", "EVALUATED", "REJECTED", "AWARDED", "NOT_AWARDED"] as const;
/** Bids still in the competition (not rejected): the ones an approval marks AWARDED or NOT_AWARDED. */
export const VALID_BID_STATUSES = ["OPENED", "QUALIFIED", "EVALUATED"] as const;

/**
 * The competition an award step judges, locked FOR UPDATE: approval, return, complaints, injunctions and the contract
 * serialise on the tender row, so a complaint lodged while the contract is being concluded is either seen by the
 * conclusion or refused after it — never lost in between.
 */
export async function loadAwardTender(tx: Tx, tenderId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Tender" WHERE "id" = ${tenderId} FOR UPDATE`;
  if (locked.length !== 1) throw new AppError("NOT_FOUND", "errors.notFound");
  const tender = await tx.tender.findUniqueOrThrow({
    where: { id: tenderId },
    select: {
      id: true, reference: true, title: true, regionId: true, measureTypeId: true, status: true, version: true, createdById: true, announcedAt: true,
      contractMonths: true, optionModel: true,
      awards: {
        where: { status: { in: ["PROPOSED", "APPROVED"] } },
        orderBy: [{ rank: "asc" }, { proposedAt: "asc" }],
        select: {
          id: true, lotId: true, winningBidId: true, status: true, proposedById: true, standstillEndsAt: true, sentAt: true,
          winningBid: { select: { supplierId: true, priceOre: true } },
        },
      },
    },
  });
  const proposals = tender.awards.filter((a) => a.status === "PROPOSED");
  const approved = tender.awards.filter((a) => a.status === "APPROVED");
  // The policy judges the proposer (four eyes); every proposer is checked again in the approval itself.
  return { ...tender, status: tender.status as TenderStatus, proposals, approved, proposedById: proposals[0]?.proposedById ?? null };
}

export type AwardTender = Awaited<ReturnType<typeof loadAwardTender>>;

/** The organisations that bid (one letter each), in a stable order. */
export async function bidderSuppliers(tx: Tx, tenderId: string): Promise<string[]> {
  const bids = await tx.bid.findMany({ where: { tenderId, status: { in: [...PARTICIPATING_BID_STATUSES] } }, select: { supplierId: true }, orderBy: { supplierId: "asc" } });
  return [...new Set(bids.map((b) => b.supplierId))];
}

/** When the standstill of a decided award ends (every lot's letters go out at once, so one instant), or null. */
export function standstillEndOf(tender: Pick<AwardTender, "approved">): Date | null {
  const ends = tender.approved.map((a) => a.standstillEndsAt).filter((d): d is Date => d !== null);
  return ends.length === 0 ? null : new Date(Math.max(...ends.map((d) => d.getTime())));
}

/** What blocks the contract besides the standstill: a complaint without a decision, an injunction not lifted. */
export async function conclusionBlocks(tx: Tx, tenderId: string) {
  const [complaints, injunctions] = await Promise.all([
    tx.complaint.count({ where: { tenderId, status: "PENDING" } }),
    tx.injunction.count({ where: { tenderId, liftedAt: null } }),
  ]);
  return { complaints, injunctions };
}
