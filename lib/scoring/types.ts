/** NOK as a decimal string, e.g. "1250000.50"; always > 0. */
export type Money = string;

export type PriceModel =
  /** points = max × lowest / price */
  | { kind: "proportional" }
  /**
   * k > 1; points = max × (1 − (price − lowest) / (lowest × (k − 1))), floored at 0 unless allowNegative.
   * k = 2 with allowNegative is DFØ's "lineær modell" (negative above 2 × lowest).
   */
  | { kind: "linear-relative"; zeroAtMultipleOfLowest: number; allowNegative?: boolean }
  /** zero > full; points = max × (zero − price) / (zero − full), clamped to [0, max] */
  | { kind: "linear-absolute"; fullPointsAt: Money; zeroPointsAt: Money };

/** At most one price criterion; none = a fixed-price, quality-only competition. */
export type Criterion =
  | { id: string; kind: "price"; weight: number }
  | { id: string; kind: "quality"; weight: number };

export type QualityMode = "absolute" | "relative";
export type TieBreak = "none" | "lowest-price" | "highest-quality";

/**
 * A quality score: a plain decimal string ("7.6666666666666666667", exact, e.g. a consensus mean from the
 * database) or a number (read as the decimal it prints as). Strings are what the app passes: nothing is rounded
 * to a float before ranking.
 */
export type QualityScore = string | number;

export interface Bid {
  id: string;
  price: Money;
  /** a score in 0..maxPoints for every quality criterion */
  quality: Record<string, QualityScore>;
}

export interface ScoringInput {
  /** the points scale is 0..maxPoints */
  maxPoints: number;
  priceModel: PriceModel;
  /** absolute: points = the score; relative: best gets maxPoints, others maxPoints × score / best (0 when best is 0) */
  qualityMode: QualityMode;
  /** highest-quality = highest sum of weighted quality points */
  tieBreak: TieBreak;
  /** weights are percentages summing to exactly 100 */
  criteria: Criterion[];
  bids: Bid[];
}

export interface BidResult {
  id: string;
  /** competition ranking (1, 1, 3 …) after the tie-break */
  rank: number;
  /** Σ weight/100 × points, decimal string (see README: at most 20 decimals, trailing zeros trimmed) */
  total: string;
  /** unweighted points per criterion id, decimal string */
  points: Record<string, string>;
  /** ids whose total equals this bid's total before the tie-break, [] if none */
  tiedWith: string[];
}

export interface SensitivityResult {
  criterionId: string;
  currentWeight: number;
  /** weight in 0..100 nearest the current one at which another bid ties the winner; null if none */
  winnerChangesAt: number | null;
  newWinner: string | null;
}

export interface PricedQualityInput {
  maxPoints: number;
  tieBreak: TieBreak;
  /** what the authority will pay for a full score on each quality criterion */
  criteria: { id: string; fullScoreValue: Money }[];
  bids: Bid[];
}

export interface PricedQualityResult {
  id: string;
  rank: number;
  /** price − Σ fullScoreValue × score / maxPoints */
  adjustedPrice: string;
  deductions: Record<string, string>;
  tiedWith: string[];
}

export interface ResultsBasedPrice {
  fixedPerParticipant: Money;
  bonusPerOutcome: Money;
  /** expected share of participants with an outcome, 0..1 */
  expectedOutcomeRate: number;
  participants: number;
}
