import { ZTenderIdParam } from "@/lib/tenders/schemas";
import { defineDetailQuery } from "@/lib/query";

/**
 * One competition for the manager's history: facts, the audit trail of its chain ("tender:<id>") with who did it,
 * the approved awards with their justification and contract, and the consensus scores. Scores exist only once the
 * bids are opened (evaluation follows opening), so nothing here is sealed content.
 */
export const getHistoryTender = defineDetailQuery({
  name: "history.getTender",
  action: "audit.read",
  input: ZTenderIdParam,
  load: async ({ db, input }) => {
    const tender = await db.tender.findUnique({
      where: { id: input.id },
      select: {
        id: true, reference: true, title: true, status: true, regionId: true, procedure: true, reservation: true, estimatedValueOre: true,
        announcedAt: true, deadline: true, openedAt: true, cancelledAt: true,
        region: { select: { name: true } },
        measureType: { select: { nameNb: true, nameEn: true } },
        criteria: { where: { parentId: null }, orderBy: { position: "asc" }, select: { id: true, name: true, kind: true, weight: true } },
        awards: {
          where: { status: "APPROVED" },
          orderBy: { approvedAt: "asc" },
          select: {
            id: true, reasoning: true, proposedAt: true, approvedAt: true, standstillEndsAt: true,
            proposedBy: { select: { name: true } },
            approvedBy: { select: { name: true } },
            lot: { select: { number: true, title: true } },
            winningBid: { select: { supplier: { select: { name: true, orgnr: true } } } },
            contract: { select: { valueOre: true, startsOn: true, endsOn: true, signedAt: true } },
          },
        },
      },
    });
    if (!tender) return null;
    const [events, scores] = await Promise.all([
      db.auditEvent.findMany({ where: { chain: `tender:${tender.id}` }, orderBy: { seq: "asc" }, select: { seq: true, at: true, action: true, actorId: true } }),
      db.evaluationScore.findMany({
        where: { stage: "CONSENSUS", bid: { tenderId: tender.id }, criterion: { parentId: null } },
        orderBy: [{ bid: { supplier: { name: "asc" } } }, { criterion: { position: "asc" } }],
        select: { id: true, score: true, justification: true, criterionId: true, bid: { select: { id: true, lot: { select: { number: true } }, supplier: { select: { name: true } } } } },
      }),
    ]);
    const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
    const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
    const names = new Map(users.map((user) => [user.id, user.name]));
    return {
      ...tender,
      // Who bid is not shown before the opening: a bid event names no person or organisation until then.
      timeline: events.map(({ actorId, ...event }) => {
        const sealed = tender.openedAt === null && event.action.startsWith("bid.");
        return { ...event, actor: actorId === null ? ("system" as const) : sealed ? ("supplier" as const) : (names.get(actorId) ?? null) };
      }),
      scores,
    };
  },
  scopeOf: (tender) => ({ regionId: tender.regionId }),
});
