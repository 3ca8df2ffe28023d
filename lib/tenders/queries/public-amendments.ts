import { definePublicQuery } from "@/lib/query";

import { readChanges } from "../amendment-changes";
import { ZTenderIdParam } from "../schemas";

/** A published notice's change history (rettelser), oldest first, for anyone; null for a draft or an unknown id. */
export const listPublicAmendments = definePublicQuery({
  name: "tenders.listPublicAmendments",
  input: ZTenderIdParam,
  load: async ({ db, input }) => {
    if ((await db.tender.count({ where: { id: input.id, announcedAt: { not: null } } })) === 0) return null;
    const rows = await db.amendment.findMany({
      where: { tenderId: input.id },
      orderBy: { number: "asc" },
      select: { number: true, summary: true, changes: true, newDeadline: true, publishedAt: true },
    });
    return rows.map((row) => ({ ...row, changes: readChanges(row.changes) }));
  },
});

export type PublicAmendment = NonNullable<Awaited<ReturnType<typeof listPublicAmendments.load>>>[number];
