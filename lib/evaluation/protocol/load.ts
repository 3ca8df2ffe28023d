import type { Db } from "@/lib/db";

/**
 * Everything the procurement protocol is built from, for one competition: the stored rows (facts, Q&A, amendments,
 * bids and their versions, the opening, qualification, panel, scores, awards, contracts) and the audit trail of its
 * chain with the chain head it cites. No bid content: prices only as Bid.priceOre, which is null before opening.
 */
export async function loadProtocolSource(db: Db, tenderId: string) {
  const tender = await db.tender.findUnique({
    where: { id: tenderId },
    select: {
      id: true, reference: true, title: true, status: true, regionId: true, regime: true, regimeReason: true, chosenRegime: true, chosenRegimeReason: true,
      procedure: true, estimatedValueOre: true, deadline: true, announcedAt: true, openedAt: true, cancelledAt: true, cancelReason: true, createdAt: true,
      region: { select: { name: true } },
      measureType: { select: { nameNb: true, nameEn: true } },
      createdBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
      approvedAt: true,
      lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
      requirements: { orderBy: { position: "asc" }, select: { id: true, requirement: true } },
      criteria: { select: { id: true, name: true } },
      questions: { where: { answer: { publishedAt: { not: null } } }, orderBy: { publicNumber: "asc" }, select: { publicNumber: true, publicText: true, askedAt: true, answer: { select: { text: true, publishedAt: true, answeredBy: { select: { name: true } } } } } },
      amendments: { orderBy: { number: "asc" }, select: { number: true, summary: true, publishedAt: true, newDeadline: true, createdBy: { select: { name: true } } } },
      bids: {
        orderBy: [{ lot: { number: "asc" } }, { supplier: { name: "asc" } }],
        where: { status: { not: "DRAFT" } },
        select: {
          id: true, status: true, priceOre: true, withdrawnAt: true, rejectionBasis: true, rejectionReason: true, rejectedAt: true, rejectedBy: { select: { name: true } },
          supplier: { select: { name: true, orgnr: true } }, lot: { select: { number: true } },
          versions: { orderBy: { number: "asc" }, select: { number: true, submittedAt: true } },
          qualification: { select: { requirements: true, exclusions: true, assessedAt: true, assessedBy: { select: { name: true } } } },
          scores: { orderBy: [{ criterionId: "asc" }, { stage: "asc" }], select: { criterionId: true, stage: true, score: true, justification: true, updatedAt: true, evaluator: { select: { name: true } } } },
        },
      },
      opening: { select: { control: true, requestedAt: true, confirmedAt: true, requestedBy: { select: { name: true } }, confirmedBy: { select: { name: true } } } },
      panel: { select: { impartialityAt: true, conflictDeclaredAt: true, user: { select: { name: true } } } },
      awards: {
        orderBy: { proposedAt: "asc" },
        select: {
          status: true, reasoning: true, proposedAt: true, approvedAt: true, sentAt: true, standstillEndsAt: true, standstillSkippedReason: true,
          lot: { select: { number: true } }, winningBid: { select: { supplier: { select: { name: true } } } },
          proposedBy: { select: { name: true } }, approvedBy: { select: { name: true } },
        },
      },
      contracts: { select: { valueOre: true, startsOn: true, endsOn: true, signedAt: true, lot: { select: { number: true } }, supplier: { select: { name: true } } } },
    },
  });
  if (!tender) return null;
  const chain = `tender:${tender.id}`;
  const [events, head] = await Promise.all([
    db.auditEvent.findMany({ where: { chain }, orderBy: { seq: "asc" }, select: { seq: true, at: true, action: true, entityType: true, actorId: true } }),
    db.auditChainHead.findUnique({ where: { chain } }),
  ]);
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    tender,
    chain: { chain, seq: head?.seq ?? 0, headHash: head?.headHash ?? null },
    events: events.map((e) => ({ seq: e.seq, at: e.at, action: e.action, entityType: e.entityType, actor: e.actorId ? (names.get(e.actorId) ?? null) : null })),
  };
}

export type ProtocolSource = NonNullable<Awaited<ReturnType<typeof loadProtocolSource>>>;
