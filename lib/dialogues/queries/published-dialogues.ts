import { z } from "zod";

import { definePublicQuery } from "@/lib/query";
import { text } from "@/lib/schemas";

import { ZDialogueIdParam } from "../schemas";

// Published, and still readable once converted: a prior-information notice stays public. Drafts do not exist here.
const PUBLISHED = { publishedAt: { not: null } } as const;

/** What anyone may read of a dialogue: never its answers, who answered, or who wrote it. */
const SELECT = {
  id: true,
  reference: true,
  title: true,
  description: true,
  status: true,
  meetingAt: true,
  meetingPlace: true,
  responseDeadline: true,
  plannedAnnouncement: true,
  publishedAt: true,
  convertedAt: true,
  version: true,
  region: { select: { name: true, seat: true } },
  measureType: { select: { code: true, nameNb: true, nameEn: true } },
  // The competition it became, once that is announced (a draft is not public).
  tender: { select: { id: true, reference: true, announcedAt: true } },
} as const;

/**
 * Public (a published prior-information notice is open to everyone, like a published contract notice): one
 * published dialogue by id; drafts and unknown ids are null → 404.
 */
export const getPublishedDialogue = definePublicQuery({
  name: "dialogues.getPublished",
  input: ZDialogueIdParam,
  load: ({ db, input }) => db.marketDialogue.findFirst({ where: { id: input.id, ...PUBLISHED }, select: SELECT }),
});

export type PublishedDialogue = NonNullable<Awaited<ReturnType<typeof getPublishedDialogue.load>>>;

export const ZPublishedDialogueListInput = z.object({
  page: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(100).default(20),
  region: text().trim().max(100).optional(),
  measureType: text().trim().max(100).optional(),
  /** Only those still taking answers. */
  open: z.preprocess((value) => value === true || value === "true" || value === "1", z.boolean()).default(false),
});

/**
 * Public (as above): published dialogues, those taking answers first (soonest deadline first), then the closed and
 * converted ones (latest deadline first); filterable by region name and measure code, paged.
 */
export const listPublishedDialogues = definePublicQuery({
  name: "dialogues.listPublished",
  input: ZPublishedDialogueListInput,
  load: async ({ db, input, now }) => {
    const filters = {
      ...PUBLISHED,
      ...(input.region ? { region: { name: input.region } } : {}),
      ...(input.measureType ? { measureType: { code: input.measureType } } : {}),
    };
    const openWhere = { ...filters, status: "PUBLISHED" as const, responseDeadline: { gt: now } };
    const restWhere = { ...filters, NOT: { status: "PUBLISHED" as const, responseDeadline: { gt: now } } };
    const [openCount, restCount] = await Promise.all([db.marketDialogue.count({ where: openWhere }), input.open ? 0 : db.marketDialogue.count({ where: restWhere })]);
    const skip = (input.page - 1) * input.pageSize;
    const open = skip < openCount
      ? await db.marketDialogue.findMany({ where: openWhere, orderBy: [{ responseDeadline: "asc" }, { id: "asc" }], skip, take: input.pageSize, select: SELECT })
      : [];
    const restTake = input.open ? 0 : input.pageSize - open.length;
    const rest = restTake > 0
      ? await db.marketDialogue.findMany({ where: restWhere, orderBy: [{ responseDeadline: "desc" }, { id: "asc" }], skip: Math.max(0, skip - openCount), take: restTake, select: SELECT })
      : [];
    return { total: openCount + restCount, page: input.page, pageSize: input.pageSize, items: [...open, ...rest] };
  },
});
