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

/** A position in the release order (date, then kind, then id): the releases after it come next. */
export interface ReleaseCursor {
  date: Date;
  kind: ReleaseKind;
  entityId: string;
}

export interface EntryFilter {
  from?: Date;
  to?: Date;
  after?: ReleaseCursor;
}

interface EventSource {
  kind: ReleaseKind;
  date: Prisma.Sql;
  id: Prisma.Sql;
  processId: Prisma.Sql;
  /** FROM … WHERE …, without the date filters. */
  from: Prisma.Sql;
}

// A competition made from a published dialogue belongs to the dialogue's process (MarketDialogue.tenderId is unique).
const TENDER_PROCESS = Prisma.sql`COALESCE(d."id", t."id")`;
const announced = (join: Prisma.Sql, condition: Prisma.Sql = Prisma.sql`TRUE`) => Prisma.sql`
  ${join} LEFT JOIN "MarketDialogue" d ON d."tenderId" = t."id" AND d."publishedAt" IS NOT NULL
  WHERE t."announcedAt" IS NOT NULL AND ${condition}`;

/** Each published event kind, once: where it comes from and which of its columns dates it. */
const SOURCES: EventSource[] = [
  { kind: "planning", date: Prisma.sql`d."publishedAt"`, id: Prisma.sql`d."id"`, processId: Prisma.sql`d."id"`, from: Prisma.sql`FROM "MarketDialogue" d WHERE d."publishedAt" IS NOT NULL` },
  { kind: "tender", date: Prisma.sql`t."announcedAt"`, id: Prisma.sql`t."id"`, processId: TENDER_PROCESS, from: announced(Prisma.sql`FROM "Tender" t`) },
  { kind: "amendment", date: Prisma.sql`a."publishedAt"`, id: Prisma.sql`a."id"`, processId: TENDER_PROCESS, from: announced(Prisma.sql`FROM "Amendment" a JOIN "Tender" t ON t."id" = a."tenderId"`) },
  {
    kind: "award", date: Prisma.sql`ad."sentAt"`, id: Prisma.sql`ad."id"`, processId: TENDER_PROCESS,
    from: announced(Prisma.sql`FROM "AwardDecision" ad JOIN "Tender" t ON t."id" = ad."tenderId"`, Prisma.sql`ad."status" = 'APPROVED' AND ad."sentAt" IS NOT NULL`),
  },
  { kind: "contract", date: Prisma.sql`c."signedAt"`, id: Prisma.sql`c."id"`, processId: TENDER_PROCESS, from: announced(Prisma.sql`FROM "Contract" c JOIN "Tender" t ON t."id" = c."tenderId"`) },
  {
    kind: "cancellation", date: Prisma.sql`t."cancelledAt"`, id: Prisma.sql`t."id"`, processId: TENDER_PROCESS,
    from: announced(Prisma.sql`FROM "Tender" t`, Prisma.sql`t."status" = 'CANCELLED' AND t."cancelledAt" IS NOT NULL`),
  },
];

/**
 * One source's first `limit` events after the cursor, in order. Each source walks its own date index and stops after
 * `limit` rows, so a page costs the same at the start of the history and 100,000 releases in (an OFFSET over the
 * union of everything sorted and counted it all on every page).
 */
function sourcePage(source: EventSource, f: EntryFilter, limit: number): Prisma.Sql {
  const { date, id, after } = { ...source, after: f.after };
  const kind = Prisma.sql`${source.kind}::text`;
  return Prisma.sql`(
    SELECT ${kind} AS "kind", ${id} AS "entityId", ${source.processId} AS "processId", ${date} AS "date"
    ${source.from}
    ${f.from ? Prisma.sql`AND ${date} >= ${f.from}` : Prisma.empty}
    ${f.to ? Prisma.sql`AND ${date} < ${f.to}` : Prisma.empty}
    ${after ? Prisma.sql`AND ${date} >= ${after.date} AND (${date} > ${after.date} OR ${kind} > ${after.kind} OR (${kind} = ${after.kind} AND ${id} > ${after.entityId}))` : Prisma.empty}
    ORDER BY ${date}, ${id} LIMIT ${limit})`;
}

/** The next `limit` release events in publication order (date, then kind and id), after `f.after` when given. */
export async function loadReleaseEntries(db: Db, f: EntryFilter, limit: number): Promise<ReleaseEntry[]> {
  const union = Prisma.join(SOURCES.map((source) => sourcePage(source, f, limit)), " UNION ALL ");
  return db.$queryRaw<ReleaseEntry[]>`SELECT e.* FROM (${union}) e ORDER BY e."date", e."kind", e."entityId" LIMIT ${limit}`;
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
    },
  },
  // By tender, not by lot: Bid is indexed by tender (a million bids), and the counts are grouped per lot in the mapping.
  bids: { where: { status: { in: RECEIVED } }, select: { lotId: true, supplierId: true } },
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
