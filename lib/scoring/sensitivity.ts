import { parseOrThrow } from "./errors";
import { evaluate } from "./evaluate";
import { type Fixed, FRACTION_DIGITS, HUNDRED, mulDiv, pow10, tieKey, TIE_DP, toNumber } from "./fixed";
import { type RankedBid, rankEvaluation } from "./score";
import { ZScoringInput } from "./schemas";
import type { ScoringInput, SensitivityResult } from "./types";

/** 10^-30 in Fixed units: differences below it are the noise of 40-decimal divisions. */
const NOISE = pow10(FRACTION_DIGITS - 30);

/** Rounds a crossing to the 10 decimals ties are judged on, so 37.4999…9 and 37.5 are the same point. */
const onTieGrid = (x: Fixed): Fixed => tieKey(x) * pow10(FRACTION_DIGITS - TIE_DP);

interface Line {
  /** per bid (ranking order): winner − bid on Σ weighted points (or on Σ points, see below) */
  deltas: bigint[];
  /** multipliers of the point difference a on the criterion, in the units of `deltas` per point */
  k: bigint;
  scale: bigint;
  /** |den| below this is rounding noise: the lines are parallel */
  parallel: bigint;
}

interface Crossing {
  x: Fixed;
  /** bids tying the winner at x, in current ranking order, with the slope term deciding who overtakes */
  bids: { id: string; den: bigint }[];
}

/**
 * For each criterion: the weight nearest its current one at which another bid ties the winner, the other
 * weights rescaled proportionally (w_j' = w_j × (100 − x) / (100 − w_c)).
 *
 * Points don't depend on weights, so totals are linear in x and each tie is one exact linear equation. With
 * a = winner's minus the bid's points on c, D_b(x) = T_winner(x) − T_b(x) is, up to a positive factor common
 * to all bids, 100·num − den·x, so the tie lies at x = 100·num / den:
 *   w_c < 100:  num = ΔS − w_c·a,  den = ΔS − 100·a   (ΔS: difference of Σ w_j·p_j)
 *   w_c = 100:  the other weights are all 0 and proportional rescaling is undefined, so they share 100 − x
 *               equally instead: num = ΔP − a, den = ΔP − n·a   (ΔP: difference of Σ p_j, n criteria)
 * A bid whose line runs parallel to the winner's (den = 0) never ties it, or ties it at every weight and is
 * left to the tie-break, so it is skipped. Ties at exactly 0 or 100 count; of two crossings equally far on
 * either side, the lower weight is reported.
 */
export function sensitivity(input: ScoringInput): SensitivityResult[] {
  const parsed = parseOrThrow(ZScoringInput, input);
  const evaluation = evaluate(parsed);
  const ranked = rankEvaluation(evaluation, parsed.tieBreak);
  const { units, scale, exact } = evaluation.weights;
  const n = parsed.criteria.length;
  const winnerSum = ranked[0]?.entry.bid.weightedSum ?? 0n;
  const weighted = ranked.map((r) => winnerSum - r.entry.bid.weightedSum);
  let unweighted: bigint[] | undefined;

  const lineFor = (ci: number): Line => {
    if (exact[ci] !== HUNDRED) return { deltas: weighted, k: units[ci] ?? 0n, scale: 100n * scale, parallel: NOISE * scale };
    unweighted ??= pointSumDeltas(ranked);
    return { deltas: unweighted, k: 1n, scale: BigInt(n), parallel: NOISE };
  };

  return parsed.criteria.map((criterion, ci) => {
    const weight = exact[ci] ?? 0n;
    const crossing = ranked.length < 2 || n < 2 ? undefined : nearestCrossing(ranked, ci, weight, lineFor(ci));
    return {
      criterionId: criterion.id,
      currentWeight: criterion.weight,
      winnerChangesAt: crossing === undefined ? null : toNumber(crossing.x),
      newWinner: crossing === undefined ? null : overtaker(crossing, weight),
    };
  });
}

function pointSumDeltas(ranked: RankedBid[]): bigint[] {
  const sums = ranked.map((r) => r.entry.bid.points.reduce((acc, p) => acc + p, 0n));
  return sums.map((s) => (sums[0] ?? 0n) - s);
}

function nearestCrossing(ranked: RankedBid[], ci: number, weight: Fixed, line: Line): Crossing | undefined {
  const [winner, ...others] = ranked;
  if (winner === undefined) return undefined;
  const tiedNow = new Set(winner.tiedWith);
  const winnerPoints = winner.entry.bid.points[ci] ?? 0n;
  let best: (Crossing & { distance: Fixed }) | undefined;
  others.forEach((other, i) => {
    const delta = line.deltas[i + 1] ?? 0n;
    const a = winnerPoints - (other.entry.bid.points[ci] ?? 0n);
    const num = delta - line.k * a;
    const den = delta - line.scale * a;
    if ((den < 0n ? -den : den) < line.parallel) return;
    const isTied = tiedNow.has(other.entry.id);
    // x = 100·num/den lies in [0, 100] exactly when num/den lies in [0, 1]
    const inRange = den > 0n ? num >= 0n && num <= den : num <= 0n && num >= den;
    if (!isTied && !inRange) return;
    const x = isTied ? weight : onTieGrid(mulDiv(HUNDRED, num, den));
    const distance = x > weight ? x - weight : weight - x;
    const candidate = { id: other.entry.id, den };
    if (best === undefined || distance < best.distance || (distance === best.distance && x < best.x)) {
      best = { x, distance, bids: [candidate] };
    } else if (x === best.x) {
      best.bids.push(candidate);
    }
  });
  return best;
}

/**
 * The bid ahead just past the tie point, moving away from the current weight: −D_b grows fastest there for
 * the largest s·den (s = direction). At the current weight itself (a tie now) the best-ranked tied bid.
 */
function overtaker(crossing: Crossing, weight: Fixed): string | null {
  const direction = crossing.x > weight ? 1n : crossing.x < weight ? -1n : 0n;
  let chosen = crossing.bids[0];
  for (const bid of crossing.bids) {
    if (chosen !== undefined && bid.den * direction > chosen.den * direction) chosen = bid;
  }
  return chosen?.id ?? null;
}
