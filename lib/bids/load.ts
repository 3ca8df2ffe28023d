import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActingSupplier } from "@/lib/suppliers/acting";
import { readPaymentSplit } from "@/lib/tenders/draft-model-schemas";
import { lotReservation } from "@/lib/tenders/reservation";

import type { BidSpec } from "./content";
import { requirementEspdCode } from "./espd";

const TENDER_SELECT = {
  id: true, reference: true, title: true, regionId: true, status: true, announcedAt: true, deadline: true,
  reservation: true, reservationBasis: true, paymentSplit: true,
  lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, reservation: true, reservationBasis: true } },
  criteria: { orderBy: { position: "asc" }, select: { id: true, name: true, kind: true, parentId: true } },
  requirements: { orderBy: { position: "asc" }, select: { id: true, requirement: true, espdCode: true } },
} as const;

/**
 * A competition as a supplier bids on it, locked FOR SHARE for the rest of the transaction: an amendment or a step
 * (which lock it FOR UPDATE) waits for the bid, or the bid waits for it and then reads what it committed — so a bid is
 * never judged against criteria, lots or a deadline that changed unseen. The organisation is the one named in the
 * input or the actor's only one; the policy (forOwnSupplier) checks it against the actor's memberships.
 */
export async function loadTenderForBid(tx: Tx, actor: Actor, tenderId: string, supplierId: string | undefined) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Tender" WHERE "id" = ${tenderId} FOR SHARE`;
  if (locked.length !== 1) throw new AppError("NOT_FOUND", "errors.notFound");
  const tender = await tx.tender.findUniqueOrThrow({ where: { id: tenderId }, select: TENDER_SELECT });
  return { ...tender, supplierId: requireActingSupplier(actor, supplierId, "bids.errors.chooseSupplier") };
}

export type TenderForBid = Awaited<ReturnType<typeof loadTenderForBid>>;

/** What a bid on this competition must answer (PURE over the loaded row). */
export function bidSpecOf(tender: Pick<TenderForBid, "id" | "reference" | "paymentSplit" | "reservation" | "reservationBasis" | "lots" | "criteria" | "requirements">): BidSpec {
  const split = readPaymentSplit(tender.paymentSplit);
  const parents = new Set(tender.criteria.map((c) => c.parentId).filter((p): p is string => p !== null));
  return {
    tenderId: tender.id,
    reference: tender.reference,
    price: split ? { kind: "results-based", fixedPercent: split.fixedPercent, outcomes: split.outcomes } : { kind: "per-participant-month" },
    lots: tender.lots.map((lot) => {
      const binding = lotReservation(tender, lot);
      return { id: lot.id, number: lot.number, title: lot.title, reservation: binding.reservation, basis: binding.basis };
    }),
    criteria: tender.criteria.filter((c) => c.kind === "QUALITY" && !parents.has(c.id)).map((c) => ({ id: c.id, name: c.name })),
    requirements: tender.requirements.map((r) => ({ id: r.id, requirement: r.requirement, espdCode: requirementEspdCode(r.espdCode) })),
  };
}

/** Serialises one organisation's bid writes on one competition (numbers, replaced versions), across instances. */
export async function lockOwnBid(tx: Tx, tenderId: string, supplierId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${`bid:${tenderId}:${supplierId}`}, 0))`;
}
