/**
 * Bid evaluation for every part of the app (scoring page, award letters, protocol, API). Pure: no next,
 * react or prisma. Formulas, pitfalls and number formats: see README.md in this folder.
 */
export type {
  Bid,
  BidResult,
  Criterion,
  Money,
  PriceModel,
  PricedQualityInput,
  PricedQualityResult,
  QualityMode,
  QualityScore,
  ResultsBasedPrice,
  ScoringInput,
  SensitivityResult,
  TieBreak,
} from "./types";
export { SCORING_ISSUE_CODES, ScoringInputError, type ScoringIssue, type ScoringIssueCode } from "./errors";
export { ZPriceModel, ZScoringInput, ZScoringInput as scoringInputSchema, ZPricedQualityInput } from "./schemas";
export { score } from "./score";
export { sensitivity } from "./sensitivity";
export { aggregate } from "./aggregate";
export { scorePricedQuality } from "./priced-quality";
export { evaluatedPrice } from "./results-based";
export { isScoreInRange } from "./rules";
