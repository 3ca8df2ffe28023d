import { z } from "zod";

import { defineDetailQuery, defineListQuery, noInput, scopeWhere } from "@/lib/query";
import { id } from "@/lib/schemas";

import { ZDialogueIdParam } from "../schemas";

/** The region's market dialogues for its officers, newest first, with how many organisations have answered. */
export const listDialoguesInScope = defineListQuery({
  name: "dialogues.listInScope",
  action: "dialogue.read",
  input: noInput,
  load: ({ db, scope }) =>
    db.marketDialogue.findMany({
      where: scopeWhere(scope),
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true, reference: true, title: true, status: true, regionId: true, responseDeadline: true,
        region: { select: { name: true } },
        _count: { select: { responses: true } },
      },
    }),
});

/** One dialogue as the region's officers see it: every field, the answers with who gave them, and the draft it became. */
export const getDialogueForOfficer = defineDetailQuery({
  name: "dialogues.getForOfficer",
  action: "dialogue.read",
  input: ZDialogueIdParam,
  load: ({ db, input }) =>
    db.marketDialogue.findUnique({
      where: { id: input.id },
      select: {
        id: true, reference: true, title: true, description: true, status: true, version: true, regionId: true,
        measureTypeId: true, meetingAt: true, meetingPlace: true, responseDeadline: true, plannedAnnouncement: true,
        publishedAt: true, convertedAt: true, createdAt: true,
        region: { select: { name: true } },
        measureType: { select: { code: true, nameNb: true, nameEn: true } },
        createdBy: { select: { name: true } },
        tender: { select: { id: true, reference: true, status: true } },
        responses: {
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          select: { id: true, text: true, interested: true, submittedAt: true, updatedAt: true, supplier: { select: { name: true, orgnr: true, kind: true } }, user: { select: { name: true } } },
        },
      },
    }),
});

export type OfficerDialogue = NonNullable<Awaited<ReturnType<typeof getDialogueForOfficer.load>>>;

/** The dialogue a competition was made from (none or one), for the officer's tender page. */
export const listDialoguesOfTender = defineListQuery({
  name: "dialogues.listOfTender",
  action: "dialogue.read",
  input: z.object({ tenderId: id() }),
  load: ({ db, input, scope }) =>
    db.marketDialogue.findMany({ where: { AND: [{ tenderId: input.tenderId }, scopeWhere(scope)] }, select: { id: true, reference: true, title: true, regionId: true } }),
});
