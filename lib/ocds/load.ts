import { Prisma } from "@/lib/generated/prisma/client";
import { RECEIVED_BID_STATUSES } from "@/lib/bids/received";
import type { Db } from "@/lib/db";

/**
 * What OCDS publishes, loaded from the database: only published processes (a published market dialogue, an announced
 * competition), approved awards once sent to the bidders, signed contracts. Nothing sealed is selected — bids only as
 * counts per lot and, for the winner, the awarded price; no user (no person's name or e-mail).
 */
export type ReleaseKind = "planning" | "tender" | "amendment" | "award" | "contract" | "cancellation";

export interface ReleaseEntry {
  kind: ReleaseKind;
  /** The dialogue, tender, amendment, award or contract the release is about. */
  entityId: string;
  processId: string;
  date: Date;
}

/** Every release event, as one ordered list (date, then kind and id): each published event, once. */
const EVENTS = Prisma.sql`
  WITH tenders AS (
    SELECT t.*, COALESCE(d."id", t."id") AS "processId"
    FROM "Tender" t LEFT JOIN "MarketDialogue" d ON d."tenderId" = t."id" AND d."publishedAt" IS NOT NULL
    WHERE t."announcedAt" IS NOT NULL
  ), events AS (
    SELECT 'planning' AS "kind", d."id" AS "entityId", d."id" AS "processId", d."publishedAt" AS "date" FROM "MarketDialogue" d WHERE d."publishedAt" IS NOT NULL
    UNION ALL SELECT 'tender', t."id", t."processId", t."announcedAt" FROM tenders t
    UNION ALL SELECT 'amendment', a."id", t."processId", a."publishedAt" FROM "Amendment" a JOIN tenders t ON t."id" = a."tenderId"
    UNION ALL SELECT 'award', ad."id", t."processId", ad."sentAt" FROM "AwardDecision" ad JOIN tenders t ON t."id" = ad."tenderId"
      WHERE ad."status" = 'APPROVED' AND ad."sentAt" IS NOT NULL
    UNION ALL SELECT 'contract', c."id", t."processId", c."signedAt" FROM "Contract" c JOIN tenders t ON t."id" = c."tenderId"
    UNION ALL SELECT 'cancellation', t."id", t."processId", t."cancelledAt" FROM tenders t WHERE t."status" = 'CANCELLED' AND t."cancelledAt" IS NOT NULL
  )`;

export interface EntryFilter {
  from?: Date;
  to?: Date;
  processId?: string;
}

const where = (f: EntryFilter) =>
  Prisma.sql`WHERE TRUE ${f.from ? Prisma.sql`AND e."date" >= ${f.from}` : Prisma.empty} ${f.to ? Prisma.sql`AND e."date" < ${f.to}` : Prisma.empty} ${f.processId ? Prisma.sql`AND e."processId" = ${f.processId}` : Prisma.empty}`;

/** One page of release events in publication order, and how many there are in all. */
export async function loadReleaseEntries(db: Db, f: EntryFilter, page: { offset: number; limit: number }): Promise<{ total: number; entries: ReleaseEntry[] }> {
  const [count, entries] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`${EVENTS} SELECT COUNT(*)::int AS "total" FROM events e ${where(f)}`,
    db.$queryRaw<ReleaseEntry[]>`${EVENTS} SELECT e.* FROM events e ${where(f)} ORDER BY e."date", e."kind", e."entityId" LIMIT ${page.limit} OFFSET ${page.offset}`,
  ]);
  return { total: count[0]?.total ?? 0, entries };
}

/** Bids that were received (submitted in time, not withdrawn): counted, never read. */
const RECEIVED = [...RECEIVED_BID_STATUSES];

const TENDER_SELECT = {
  id: true, title: true, description: true, status: true, procedure: true, reservation: true, estimatedValueOre: true, contractMonths: true,
  announcedAt: true, deadline: true, questionDeadline: true, openedAt: true, cancelledAt: true,
  region: { select: { code: true, name: true } },
  measureType: { select: { code: true, nameNb: true } },
  criteria: { where: { parentId: null }, orderBy: { position: "asc" }, select: { kind: true, name: true, description: true, weight: true } },
  lots: {
    orderBy: { number: "asc" },
    select: {
      id: true, number: true, title: true, places: true, reservation: true,
      municipalities: { select: { municipality: { select: { name: true } } }, orderBy: { municipality: { name: "asc" } } },
      bids: { where: { status: { in: RECEIVED } }, select: { supplierId: true } },
    },
  },
  amendments: { orderBy: { number: "asc" }, select: { id: true, number: true, summary: true, newDeadline: true, publishedAt: true } },
  awards: {
    where: { status: "APPROVED", sentAt: { not: null } },
    select: { id: true, lotId: true, sentAt: true, winningBid: { select: { priceOre: true, supplier: { select: { orgnr: true, name: true } } } } },
  },
  contracts: {
    select: { id: true, lotId: true, awardDecisionId: true, status: true, valueOre: true, startsOn: true, endsOn: true, maxEndsOn: true, signedAt: true, supplier: { select: { orgnr: true, name: true } } },
  },
} as const;

const DIALOGUE_SELECT = {
  id: true, title: true, description: true, responseDeadline: true, publishedAt: true, tenderId: true,
  region: { select: { code: true, name: true } },
  measureType: { select: { code: true, nameNb: true } },
} as const;

export interface ProcessBundle {
  processId: string;
  dialogue: Prisma.MarketDialogueGetPayload<{ select: typeof DIALOGUE_SELECT }> | null;
  tender: Prisma.TenderGetPayload<{ select: typeof TENDER_SELECT }> | null;
}

/** The published processes by id: a published dialogue (with the competition it became, once announced) or a competition. */
export async function loadProcesses(db: Db, processIds: readonly string[]): Promise<ProcessBundle[]> {
  if (processIds.length === 0) return [];
  const dialogues = await db.marketDialogue.findMany({ where: { id: { in: [...processIds] }, publishedAt: { not: null } }, select: DIALOGUE_SELECT });
  const fromDialogues = dialogues.flatMap((d) => (d.tenderId ? [d.tenderId] : []));
  const tenders = await db.tender.findMany({
    where: { id: { in: [...processIds, ...fromDialogues] }, announcedAt: { not: null } },
    select: { ...TENDER_SELECT, dialogue: { select: { id: true, publishedAt: true } } },
  });
  return processIds.flatMap((processId): ProcessBundle[] => {
    const dialogue = dialogues.find((d) => d.id === processId) ?? null;
    // A competition made from a published dialogue belongs to the dialogue's process, not one of its own.
    const tender = dialogue
      ? (tenders.find((t) => t.id === dialogue.tenderId) ?? null)
      : (tenders.find((t) => t.id === processId && !t.dialogue?.publishedAt) ?? null);
    if (!dialogue && !tender) return [];
    return [{ processId, dialogue, tender }];
  });
}
