import { parseOrThrow } from "./errors";
import { evaluate, type EvaluatedBid, type Evaluation, fromWeightedSum } from "./evaluate";
import { format, tieKey } from "./fixed";
import { rankEntries, type Ranked } from "./rank";
import { recordOf } from "./record";
import { ZScoringInput } from "./schemas";
import type { BidResult, ScoringInput, TieBreak } from "./types";

export type RankedBid = Ranked<{ id: string; price: bigint; primary: bigint; quality: bigint; bid: EvaluatedBid }>;

/** Ranks an evaluation; shared with `sensitivity` so both agree on who the winner is. */
export function rankEvaluation(evaluation: Evaluation, tieBreak: TieBreak): RankedBid[] {
  const entries = evaluation.bids.map((bid) => ({
    id: bid.id,
    price: bid.price,
    primary: tieKey(bid.total),
    quality: tieBreak === "highest-quality" ? tieKey(fromWeightedSum(bid.qualitySum, evaluation.weights)) : 0n,
    bid,
  }));
  return rankEntries(entries, tieBreak);
}

/** Evaluates and ranks the bids, best first. Throws ScoringInputError on invalid input. */
export function score(input: ScoringInput): { ranking: BidResult[] } {
  const parsed = parseOrThrow(ZScoringInput, input);
  const evaluation = evaluate(parsed);
  const ids = evaluation.criteria.map((c) => c.id);
  const ranking = rankEvaluation(evaluation, parsed.tieBreak).map(({ entry, rank, tiedWith }) => ({
    id: entry.id,
    rank,
    total: format(entry.bid.total),
    points: recordOf(ids, entry.bid.pointTexts),
    tiedWith,
  }));
  return { ranking };
}
