import { z } from "zod";

import { definePublicQuery } from "@/lib/query";
import { text } from "@/lib/schemas";
import { endOfOsloDay, tryParseOslo } from "@/lib/time";

import { PUBLISHED_QA_SELECT } from "../questions/public";
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
  requirements: { orderBy: { position: "asc" }, select: { id: true, requirement: true, documentation: true, espdCode: true } },
  questions: PUBLISHED_QA_SELECT,
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

/** "24.12.2026" or "2026-12-24": the Oslo day a deadline must fall on or before (the end of that day). */
const ZOsloDay = text()
  .trim()
  .transform((value, ctx) => {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const typed = iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
    const parsed = /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(typed) ? tryParseOslo(`${typed} 12:00`) : null;
    if (parsed?.ok) return endOfOsloDay(parsed.instant);
    ctx.addIssue({ code: "custom", message: "errors.field.deadlineBy" });
    return z.NEVER;
  });

/** A lot reserved on its own (null = the tender's reservation applies). */
const RESERVED_LOT = { reservation: { notIn: ["NONE" as const] } };

/** Empty form fields mean "no filter", so a GET form and the API share one schema. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const ZPublishedListInput = z.object({
  page: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(100).default(20),
  /** A region's code ("0300") or name ("Nav Oslo"). */
  region: optional(text().trim().max(100)),
  measureType: optional(text().trim().max(100)),
  reserved: optional(z.enum(["true", "false"], { error: "errors.field.reserved" })),
  deadlineBy: optional(ZOsloDay),
});
export type TPublishedListInput = z.input<typeof ZPublishedListInput>;

/** Competitions open for bids now, soonest deadline first, filterable by region, measure, reservation and deadline, paged. */
export const listPublishedTenders = definePublicQuery({
  name: "tenders.listPublished",
  input: ZPublishedListInput,
  load: async ({ db, input, now }) => {
    const where = {
      status: "ANNOUNCED" as const,
      deadline: { gt: now, ...(input.deadlineBy ? { lte: input.deadlineBy } : {}) },
      ...(input.region ? { region: { OR: [{ code: input.region }, { name: input.region }] } } : {}),
      ...(input.measureType ? { measureType: { code: input.measureType } } : {}),
      ...(input.reserved === "true" ? { OR: [{ reservation: { not: "NONE" as const } }, { lots: { some: RESERVED_LOT } }] } : {}),
      ...(input.reserved === "false" ? { reservation: "NONE" as const, lots: { none: RESERVED_LOT } } : {}),
    };
    const [total, items] = await Promise.all([
      db.tender.count({ where }),
      db.tender.findMany({ where, orderBy: [{ deadline: "asc" }, { id: "asc" }], skip: (input.page - 1) * input.pageSize, take: input.pageSize, select: SELECT }),
    ]);
    return { total, page: input.page, pageSize: input.pageSize, pages: Math.max(1, Math.ceil(total / input.pageSize)), items };
  },
});
