import { percentOf, tieKey, toOutput, ZERO } from "./decimal";
import { parseOrThrow } from "./errors";
import { evaluate, type EvaluatedBid, type Evaluation } from "./evaluate";
import { rankEntries, type RankEntry, type Ranked } from "./rank";
import { ZScoringInput } from "./schemas";
import type { BidResult, ScoringInput, TieBreak } from "./types";

/** Ranks an evaluation; shared with `sensitivity` so both agree on who the winner is. */
export function rankEvaluation(evaluation: Evaluation, tieBreak: TieBreak): Ranked<EvaluatedBid & RankEntry>[] {
  const entries = evaluation.bids.map((bid) => ({
    ...bid,
    primary: tieKey(bid.total),
    quality: tieBreak === "highest-quality" ? tieKey(percentOf(bid.qualitySum)) : ZERO,
  }));
  return rankEntries(entries, tieBreak);
}

/** Evaluates and ranks the bids, best first. Throws ScoringInputError on invalid input. */
export function score(input: ScoringInput): { ranking: BidResult[] } {
  const parsed = parseOrThrow(ZScoringInput, input);
  const evaluation = evaluate(parsed);
  const ranking = rankEvaluation(evaluation, parsed.tieBreak).map(({ entry, rank, tiedWith }) => ({
    id: entry.id,
    rank,
    total: toOutput(entry.total),
    points: Object.fromEntries(evaluation.criteria.map((c, i) => [c.id, entry.pointTexts[i] ?? "0"])),
    tiedWith,
  }));
  return { ranking };
}
