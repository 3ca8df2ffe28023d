import { Dec, HUNDRED, tieKey, toNumber, ZERO } from "./decimal";
import { parseOrThrow } from "./errors";
import { evaluate, type EvaluatedBid } from "./evaluate";
import type { Ranked } from "./rank";
import { rankEvaluation } from "./score";
import { ZScoringInput } from "./schemas";
import type { ScoringInput, SensitivityResult } from "./types";

/** Below this a line difference is noise from the 40th digit: the two bids move in parallel. */
const PARALLEL = new Dec("1e-30");

interface Crossing {
  x: Dec;
  distance: Dec;
  /** bids tying the winner at x, in current ranking order, with the slope term that decides who overtakes */
  bids: { id: string; den: Dec }[];
}

/**
 * For each criterion: the weight nearest its current one at which another bid ties the winner, the other
 * weights rescaled proportionally (w_j' = w_j × (100 − x) / (100 − w_c)).
 *
 * Points don't depend on weights, so every total is linear in x and each tie point is one exact linear
 * equation. Writing D_b(x) = T_winner(x) − T_b(x), a common positive factor turns it into 100·num − den·x:
 *   w_c < 100:  num = ΔS − w_c·a,  den = ΔS − 100·a   (ΔS = Σ w_j p_j difference, a = point difference on c)
 *   w_c = 100:  the others all weigh 0, so proportional rescaling is undefined; they share 100 − x equally:
 *               num = ΔP − a,      den = ΔP − n·a     (ΔP = Σ p_j difference, n = number of criteria)
 * and the tie lies at x = 100·num / den. A bid whose line is parallel to the winner's never ties it (or always
 * does, leaving it to the tie-break), so weights can't change that outcome and it is skipped.
 */
export function sensitivity(input: ScoringInput): SensitivityResult[] {
  const parsed = parseOrThrow(ZScoringInput, input);
  const evaluation = evaluate(parsed);
  const ranked = rankEvaluation(evaluation, parsed.tieBreak);
  const winner = ranked[0];
  const n = parsed.criteria.length;
  const deltas = ranked.map((r) => (winner === undefined ? ZERO : winner.entry.weightedSum.minus(r.entry.weightedSum)));
  return parsed.criteria.map((criterion, ci) => {
    const weight = evaluation.weights[ci] ?? ZERO;
    const crossing =
      winner === undefined || n < 2
        ? undefined
        : weight.eq(HUNDRED)
          ? nearestCrossing(ranked, ci, weight, pointSumDeltas(ranked), new Dec(1), new Dec(n))
          : nearestCrossing(ranked, ci, weight, deltas, weight, HUNDRED);
    return {
      criterionId: criterion.id,
      currentWeight: criterion.weight,
      winnerChangesAt: crossing === undefined ? null : toNumber(crossing.x),
      newWinner: crossing === undefined ? null : overtaker(crossing, weight),
    };
  });
}

function pointSumDeltas(ranked: Ranked<EvaluatedBid>[]): Dec[] {
  const sums = ranked.map((r) => r.entry.points.reduce((acc, p) => acc.plus(p), ZERO));
  return sums.map((s) => (sums[0] ?? ZERO).minus(s));
}

function nearestCrossing(
  ranked: Ranked<EvaluatedBid>[],
  ci: number,
  weight: Dec,
  deltas: Dec[],
  k: Dec,
  scale: Dec,
): Crossing | undefined {
  const [winner, ...others] = ranked;
  if (winner === undefined) return undefined;
  const tiedNow = new Set(winner.tiedWith);
  const winnerPoints = winner.entry.points[ci] ?? ZERO;
  let best: Crossing | undefined;
  others.forEach((other, i) => {
    const delta = deltas[i + 1] ?? ZERO;
    const a = winnerPoints.minus(other.entry.points[ci] ?? ZERO);
    const num = delta.minus(k.times(a));
    const den = delta.minus(scale.times(a));
    if (den.abs().lt(PARALLEL)) return;
    const inRange = den.isPositive() ? !num.isNegative() && num.lte(den) : !num.isPositive() && num.gte(den);
    if (!tiedNow.has(other.entry.id) && !inRange) return;
    const x = tiedNow.has(other.entry.id) ? weight : tieKey(HUNDRED.times(num).div(den));
    const distance = x.minus(weight).abs();
    const candidate = { id: other.entry.id, den };
    if (best === undefined || distance.lt(best.distance) || (distance.eq(best.distance) && x.lt(best.x))) {
      best = { x, distance, bids: [candidate] };
    } else if (x.eq(best.x)) {
      best.bids.push(candidate);
    }
  });
  return best;
}

/**
 * The bid ahead just past the tie point, moving away from the current weight: D_b falls fastest there for
 * the largest s·den (s = direction). At the current weight itself (a tie now) the best-ranked tied bid.
 */
function overtaker(crossing: Crossing, weight: Dec): string | null {
  const direction = crossing.x.cmp(weight);
  let chosen = crossing.bids[0];
  for (const bid of crossing.bids) {
    if (direction !== 0 && chosen !== undefined && bid.den.times(direction).gt(chosen.den.times(direction))) chosen = bid;
  }
  return chosen?.id ?? null;
}
