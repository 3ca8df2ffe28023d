import type { ScoringSnapshot } from "@/lib/evaluation/snapshot";

/**
 * The award letter (tildelingsbrev, FOA § 25-1) one organisation gets, built from the stored decisions: per lot it bid
 * on, the winner(s), the organisation's own points and rank, the winner's points, the reasons (the chair's
 * justifications per criterion) and the standstill end; a rejected bid gets its rejection reason instead. Pure: the
 * query loads the rows, the page and the PDF both render this one model, so they cannot disagree.
 */
export interface LetterCriterion {
  id: string;
  name: string;
  weight: string;
  kind: "PRICE" | "QUALITY";
}

export interface LetterScores {
  bidId: string;
  supplierName: string;
  rank: number;
  total: string;
  points: { criterionId: string; points: string; justification: string }[];
}

export type LetterLot =
  | { lotId: string; number: number; title: string; kind: "rejected"; rejectionReason: string; winners: LetterScores[] }
  | { lotId: string; number: number; title: string; kind: "scored"; awarded: boolean; own: LetterScores; winners: LetterScores[]; bidders: number };

export interface AwardLetter {
  tender: { id: string; reference: string; title: string; regionName: string };
  supplierName: string;
  sentAt: Date;
  standstillEndsAt: Date | null;
  standstillSkipped: boolean;
  criteria: LetterCriterion[];
  lots: LetterLot[];
}

export interface LetterInput {
  tender: AwardLetter["tender"];
  supplierName: string;
  criteria: LetterCriterion[];
  decisions: { lotId: string; winningBidId: string; sentAt: Date | null; standstillEndsAt: Date | null; standstillSkippedReason: string | null; snapshot: ScoringSnapshot }[];
  lots: { id: string; number: number; title: string }[];
  /** The organisation's own bids (any status) per lot. */
  ownBids: { id: string; lotId: string; status: string; rejectionReason: string | null }[];
  /** Supplier name by bid id, for the winners and the organisation's own bids. */
  names: Record<string, string>;
}

function scoresOf(snapshot: ScoringSnapshot, bidId: string, names: Record<string, string>, criteria: LetterCriterion[]): LetterScores | null {
  // Decisions from before the snapshot format (version 1) carry no results: no scores to show, not a crash.
  const result = (Array.isArray(snapshot?.results) ? snapshot.results : []).find((r) => r.id === bidId);
  if (!result) return null;
  const reasons = snapshot.justifications?.[bidId] ?? {};
  return {
    bidId,
    supplierName: names[bidId] ?? "",
    rank: result.rank,
    total: result.total,
    points: criteria.filter((c) => result.points[c.id] !== undefined).map((c) => ({ criterionId: c.id, points: result.points[c.id]!, justification: reasons[c.id] ?? "" })),
  };
}

/** Null when no decision has been sent (no letter yet). */
export function buildAwardLetter(input: LetterInput): AwardLetter | null {
  const sent = input.decisions.filter((d) => d.sentAt !== null);
  if (sent.length === 0) return null;
  const lots: LetterLot[] = [];
  for (const lot of input.lots) {
    const own = input.ownBids.find((b) => b.lotId === lot.id);
    const decisions = sent.filter((d) => d.lotId === lot.id);
    if (!own || decisions.length === 0) continue;
    const snapshot = decisions[0]!.snapshot;
    const winnerIds = decisions.map((d) => d.winningBidId);
    const winners = winnerIds.map((id) => scoresOf(snapshot, id, input.names, input.criteria)).filter((s): s is LetterScores => s !== null);
    const base = { lotId: lot.id, number: lot.number, title: lot.title };
    const ownScores = scoresOf(snapshot, own.id, input.names, input.criteria);
    if (own.status === "REJECTED" || !ownScores) {
      lots.push({ ...base, kind: "rejected", rejectionReason: own.rejectionReason ?? "", winners });
    } else {
      lots.push({ ...base, kind: "scored", awarded: winnerIds.includes(own.id), own: ownScores, winners, bidders: Array.isArray(snapshot?.results) ? snapshot.results.length : 0 });
    }
  }
  const ends = sent.map((d) => d.standstillEndsAt).filter((d): d is Date => d !== null);
  return {
    tender: input.tender,
    supplierName: input.supplierName,
    sentAt: sent[0]!.sentAt!,
    standstillEndsAt: ends.length ? new Date(Math.max(...ends.map((d) => d.getTime()))) : null,
    standstillSkipped: sent.some((d) => d.standstillSkippedReason !== null),
    criteria: input.criteria,
    lots,
  };
}

/** Leaf criteria (what lib/scoring scores) with their names, in the tender's order. */
export function letterCriteria(rows: { id: string; name: string; kind: "PRICE" | "QUALITY"; parentId: string | null; weight: { toString(): string }; position: number }[]): LetterCriterion[] {
  const parents = new Set(rows.map((r) => r.parentId).filter((p): p is string => p !== null));
  return rows
    .filter((r) => !parents.has(r.id))
    .sort((a, b) => a.position - b.position)
    .map((r) => {
      const parent = rows.find((p) => p.id === r.parentId);
      return { id: r.id, name: parent ? `${parent.name}: ${r.name}` : r.name, weight: r.weight.toString(), kind: r.kind };
    });
}
