import type { Db } from "@/lib/db";

import type { RunLot } from "../runs";

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
      panel: { select: { impartialityAt: true, conflictDeclaredAt: true, conflictDetails: true, user: { select: { name: true } } } },
      awards: {
        orderBy: { proposedAt: "asc" },
        select: {
          status: true, reasoning: true, proposedAt: true, approvedAt: true, sentAt: true, standstillEndsAt: true, standstillSkippedReason: true,
          returnComment: true, returnedAt: true, returnedBy: { select: { name: true } },
          lot: { select: { number: true } }, winningBid: { select: { supplier: { select: { name: true } } } },
          proposedBy: { select: { name: true } }, approvedBy: { select: { name: true } },
        },
      },
      contracts: { select: { valueOre: true, startsOn: true, endsOn: true, signedAt: true, lot: { select: { number: true } }, supplier: { select: { name: true } }, signedBy: { select: { name: true } } } },
      evaluationRuns: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, cause: true, actorId: true, createdAt: true, lots: true } },
      complaints: {
        orderBy: [{ lodgedAt: "asc" }, { id: "asc" }],
        select: {
          lodgedAt: true, text: true, status: true, decidedAt: true, decisionReason: true,
          supplier: { select: { name: true } }, decidedBy: { select: { name: true } },
          documents: { orderBy: { createdAt: "asc" }, select: { filename: true } },
        },
      },
      injunctions: {
        orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
        select: { registeredAt: true, note: true, liftedAt: true, liftReason: true, registeredBy: { select: { name: true } }, liftedBy: { select: { name: true } } },
      },
    },
  });
  if (!tender) return null;
  const chain = `tender:${tender.id}`;
  const [events, head] = await Promise.all([
    db.auditEvent.findMany({ where: { chain }, orderBy: { seq: "asc" }, select: { seq: true, at: true, action: true, entityType: true, actorId: true, after: true } }),
    db.auditChainHead.findUnique({ where: { chain } }),
  ]);
  const actorIds = [...new Set([...events, ...tender.evaluationRuns].flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  // The letters went to organisations named by id in their audit event; name them (every bidder is in tender.bids,
  // but an organisation whose bids were all drafts is not, so look the ids up).
  const letterSupplierIds = [...new Set(events.filter((e) => LETTER_ACTIONS.has(e.action)).flatMap((e) => supplierIdsOf(e.after)))];
  const suppliers = new Map((await db.supplier.findMany({ where: { id: { in: letterSupplierIds } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, memberships: { select: { role: true, supplier: { select: { name: true } } } } } });
  const bidders = new Set(tender.bids.map((b) => b.supplier.name));
  const names = new Map(users.map((u) => [u.id, actorName(u, bidders)]));
  const actor = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    tender,
    chain: { chain, seq: head?.seq ?? 0, headHash: head?.headHash ?? null },
    // `after` only where a section reads it (letters, reopening): the generic trail shows labels, never the payloads.
    events: events.map((e) => ({ seq: e.seq, at: e.at, action: e.action, entityType: e.entityType, actor: actor(e.actorId), after: DETAIL_ACTIONS.has(e.action) ? e.after : null })),
    runs: tender.evaluationRuns.map((r) => ({ id: r.id, cause: r.cause, createdAt: r.createdAt, actor: actor(r.actorId), lots: r.lots as unknown as RunLot[] })),
    supplierNames: suppliers,
  };
}

/** The audit actions whose payload a section reads: letters sent (to whom, standstill end) and a reopened evaluation (why). */
const LETTER_ACTIONS = new Set(["award.letters_sent"]);
const DETAIL_ACTIONS = new Set([...LETTER_ACTIONS, "evaluation.reopened"]);

/**
 * Who the protocol names for an actor: the authority's people by name (an internal record); a supplier's person as
 * their organisation — the party to the competition — so no supplier employee is named. With several organisations,
 * the one that bid here.
 */
function actorName(user: { name: string; memberships: { role: string; supplier: { name: string } | null }[] }, bidders: Set<string>): string {
  if (user.memberships.length === 0 || user.memberships.some((m) => m.role !== "SUPPLIER_USER")) return user.name;
  const organisations = user.memberships.flatMap((m) => (m.supplier ? [m.supplier.name] : []));
  return organisations.find((name) => bidders.has(name)) ?? organisations[0] ?? user.name;
}

function supplierIdsOf(after: unknown): string[] {
  const list = (after as { suppliers?: unknown } | null)?.suppliers;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === "string") : [];
}

export type ProtocolSource = NonNullable<Awaited<ReturnType<typeof loadProtocolSource>>>;
