import { supplierScope } from "@/lib/auth/policy";
import { defineDetailQuery } from "@/lib/query";

import { PUBLISHED_QA_SELECT } from "../questions/public";
import { ZTenderIdParam } from "../schemas";

/**
 * A published competition as a supplier user sees it in the portal: the notice summary, whether its organisation has
 * registered interest, the organisation's own questions with their state, and the published Q&A. Another
 * organisation's questions are never selected.
 */
export const getPortalTender = defineDetailQuery({
  name: "tenders.getForPortal",
  action: "tender.read",
  input: ZTenderIdParam,
  load: async ({ db, actor, input }) => {
    const own = actor ? supplierScope(actor) : [];
    const [tender, ownQuestions] = await Promise.all([
      db.tender.findFirst({
        where: { id: input.id, announcedAt: { not: null } },
        select: {
          id: true, reference: true, title: true, description: true, status: true, announcedAt: true,
          questionDeadline: true, deadline: true, cancelledAt: true, cancelReason: true,
          region: { select: { name: true } },
          measureType: { select: { nameNb: true, nameEn: true } },
          interests: { where: { supplierId: { in: own } }, select: { supplierId: true } },
          questions: PUBLISHED_QA_SELECT,
        },
      }),
      db.question.findMany({
        where: { tenderId: input.id, supplierId: { in: own } },
        orderBy: { askedAt: "desc" },
        select: { id: true, text: true, askedAt: true, publicNumber: true, askedBy: { select: { name: true } }, answer: { select: { publishedAt: true } } },
      }),
    ]);
    return tender && { ...tender, ownQuestions };
  },
});

export type PortalTender = NonNullable<Awaited<ReturnType<typeof getPortalTender.load>>>;
