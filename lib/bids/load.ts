import type { Actor } from "@/lib/auth/policy";
import type { $Enums, Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActingSupplier } from "@/lib/suppliers/acting";
import { readPaymentSplit } from "@/lib/tenders/draft-model-schemas";
import { lotReservation } from "@/lib/tenders/reservation";

import type { BidSpec } from "./content";
import { requirementEspdCode } from "./espd";

/** A competition as bid on: its lots, criteria and requirements, the acting organisation and its stored data key. */
export interface TenderForBid {
  id: string;
  reference: string;
  title: string;
  regionId: string;
  status: $Enums.TenderStatus;
  announcedAt: Date | null;
  deadline: Date | null;
  reservation: $Enums.Reservation;
  reservationBasis: string | null;
  paymentSplit: Prisma.JsonValue;
  lots: { id: string; number: number; title: string; reservation: $Enums.Reservation | null; reservationBasis: string | null }[];
  criteria: { id: string; name: string; kind: $Enums.CriterionKind; parentId: string | null }[];
  requirements: { id: string; requirement: string; espdCode: string | null }[];
  /** The acting organisation (forOwnSupplier checks it against the actor's memberships; null: the actor has none). */
  supplierId: string | null;
  supplier: { orgnr: string; verifiedIdeal: boolean; verifiedWorkInclusion: boolean } | null;
  /** The competition's wrapped data key (lib/bids/sealing), null before its first sealed item. */
  storedKey: { kekId: string; wrappedKey: Uint8Array } | null;
}

/**
 * A competition as a supplier bids on it, in one statement (a deadline rush runs it for every bid: bench/bid-rush.ts):
 * - locked FOR SHARE for the rest of the transaction: an amendment or a step (which lock it FOR UPDATE) waits for the
 *   bid, or the bid waits for it and then reads what it committed — so a bid is never judged against criteria, lots
 *   or a deadline that changed unseen;
 * - with the organisation's own-bid lock on it taken (an advisory lock, across instances): one organisation's bid
 *   writes on one competition (numbers, replaced versions, drafts) run one at a time, and every statement after this
 *   one reads what the previous writer committed.
 * The organisation is the one named in the input or the actor's only one; the policy (forOwnSupplier) checks it.
 */
export async function loadTenderForBid(tx: Tx, actor: Actor, tenderId: string, requestedSupplierId: string | undefined): Promise<TenderForBid> {
  const supplierId = requireActingSupplier(actor, requestedSupplierId, "bids.errors.chooseSupplier");
  const [row] = await tx.$queryRaw<(Omit<TenderForBid, "supplierId" | "storedKey"> & { keyKekId: string | null; keyWrapped: Uint8Array | null })[]>`
    SELECT t."id", t."reference", t."title", t."regionId", t."status"::text AS "status", t."announcedAt", t."deadline",
           t."reservation"::text AS "reservation", t."reservationBasis", t."paymentSplit",
           COALESCE((SELECT json_agg(json_build_object('id', l."id", 'number', l."number", 'title', l."title",
                       'reservation', l."reservation", 'reservationBasis', l."reservationBasis") ORDER BY l."number")
                     FROM "Lot" l WHERE l."tenderId" = t."id"), '[]') AS "lots",
           COALESCE((SELECT json_agg(json_build_object('id', c."id", 'name', c."name", 'kind', c."kind", 'parentId', c."parentId") ORDER BY c."position")
                     FROM "AwardCriterion" c WHERE c."tenderId" = t."id"), '[]') AS "criteria",
           COALESCE((SELECT json_agg(json_build_object('id', r."id", 'requirement', r."requirement", 'espdCode', r."espdCode") ORDER BY r."position")
                     FROM "QualificationRequirement" r WHERE r."tenderId" = t."id"), '[]') AS "requirements",
           (SELECT json_build_object('orgnr', s."orgnr", 'verifiedIdeal', s."verifiedIdeal", 'verifiedWorkInclusion', s."verifiedWorkInclusion")
              FROM "Supplier" s WHERE s."id" = ${supplierId}) AS "supplier",
           k."kekId" AS "keyKekId", k."wrappedKey" AS "keyWrapped"
    FROM "Tender" t
    CROSS JOIN LATERAL (SELECT pg_advisory_xact_lock(hashtextextended(${ownBidLockKey(tenderId, supplierId)}, 0))) AS own
    LEFT JOIN "TenderKey" k ON k."tenderId" = t."id"
    WHERE t."id" = ${tenderId}
    FOR SHARE OF t`;
  if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
  const { keyKekId, keyWrapped, ...tender } = row;
  return { ...tender, supplierId, storedKey: keyKekId && keyWrapped ? { kekId: keyKekId, wrappedKey: keyWrapped } : null };
}

const ownBidLockKey = (tenderId: string, supplierId: string | null) => `bid:${tenderId}:${supplierId ?? ""}`;

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

/**
 * The organisation's next submission number on the competition: one more than any receipt's or bid version's. Read
 * under the own-bid lock that loadTenderForBid took.
 */
export async function nextSubmissionNumber(tx: Tx, tenderId: string, supplierId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    SELECT GREATEST(
      COALESCE((SELECT MAX("number") FROM "BidReceipt" WHERE "tenderId" = ${tenderId} AND "supplierId" = ${supplierId}), 0),
      COALESCE((SELECT MAX("version") FROM "Bid" WHERE "tenderId" = ${tenderId} AND "supplierId" = ${supplierId}), 0)) AS "last"`;
  return row!.last + 1;
}
