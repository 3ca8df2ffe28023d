import { z } from "zod";

import { definePublicQuery } from "@/lib/query";
import { text } from "@/lib/schemas";

import { ZTenderIdParam } from "../schemas";

// Announced and every later state: once published a notice stays readable (awarded, cancelled, closed).
const PUBLISHED = { announcedAt: { not: null } } as const;

const SELECT = {
  id: true,
  reference: true,
  title: true,
  description: true,
  status: true,
  regime: true,
  procedure: true,
  reservation: true,
  reservationBasis: true,
  chosenRegime: true,
  chosenRegimeReason: true,
  paymentSplit: true,
  expectedOutcomeRate: true,
  maxPoints: true,
  priceModel: true,
  qualityMode: true,
  tieBreak: true,
  estimatedValueOre: true,
  contractMonths: true,
  optionModel: true,
  questionDeadline: true,
  deadline: true,
  announcedAt: true,
  cancelledAt: true,
  cancelReason: true,
  version: true,
  region: { select: { name: true, seat: true } },
  measureType: { select: { code: true, nameNb: true, nameEn: true } },
  lots: {
    orderBy: { number: "asc" },
    select: {
      number: true, title: true, places: true, continuousIntake: true, volumeNote: true, reservation: true, reservationBasis: true,
      municipalities: { select: { municipality: { select: { number: true, name: true } } }, orderBy: { municipality: { name: "asc" } } },
    },
  },
  criteria: { orderBy: { position: "asc" }, select: { id: true, parentId: true, kind: true, name: true, description: true, weight: true } },
} as const;

/**
 * A published notice by id, for anyone. Drafts and approved-but-unannounced competitions do not exist to the public
 * (null → 404), and nothing sealed is selected.
 */
export const getPublishedTender = definePublicQuery({
  name: "tenders.getPublished",
  input: ZTenderIdParam,
  load: ({ db, input }) => db.tender.findFirst({ where: { id: input.id, ...PUBLISHED }, select: SELECT }),
});

export type PublishedTender = NonNullable<Awaited<ReturnType<typeof getPublishedTender.load>>>;

export const ZPublishedListInput = z.object({
  page: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(100).default(20),
  region: text().trim().max(100).optional(),
  measureType: text().trim().max(100).optional(),
});

/** Competitions open for bids now, soonest deadline first, filterable by region name and measure code, paged. */
export const listPublishedTenders = definePublicQuery({
  name: "tenders.listPublished",
  input: ZPublishedListInput,
  load: async ({ db, input, now }) => {
    const where = {
      status: "ANNOUNCED" as const,
      deadline: { gt: now },
      ...(input.region ? { region: { name: input.region } } : {}),
      ...(input.measureType ? { measureType: { code: input.measureType } } : {}),
    };
    const [total, items] = await Promise.all([
      db.tender.count({ where }),
      db.tender.findMany({ where, orderBy: [{ deadline: "asc" }, { id: "asc" }], skip: (input.page - 1) * input.pageSize, take: input.pageSize, select: SELECT }),
    ]);
    return { total, page: input.page, pageSize: input.pageSize, items };
  },
});
