import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** An opened bid with its competition's scope and state, the competition row locked (qualification steps serialise). */
export async function loadBidForQualification(tx: Tx, bidId: string) {
  const bid = await tx.bid.findUnique({ where: { id: bidId }, select: { id: true, tenderId: true, supplierId: true, status: true } });
  if (!bid) throw new AppError("NOT_FOUND", "errors.notFound");
  await tx.$queryRaw`SELECT 1 FROM "Tender" WHERE "id" = ${bid.tenderId} FOR UPDATE`;
  const tender = await tx.tender.findUniqueOrThrow({
    where: { id: bid.tenderId },
    select: { id: true, reference: true, regionId: true, status: true, version: true, requirements: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  return { ...bid, regionId: tender.regionId, tender };
}

export type QualificationBid = Awaited<ReturnType<typeof loadBidForQualification>>;
