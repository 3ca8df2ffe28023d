import type { BidResult, ScoringInput, SensitivityResult } from "@/lib/scoring";

/** AwardDecision.scoringSnapshot: what the proposal was based on, for the letters and the protocol. */
export interface ScoringSnapshot {
  version: 1;
  lotId: string;
  /** The EvaluationRun this came from (null only for data from before runs were logged). */
  runId: string | null;
  /** lib/scoring's input; bids[].id are Bid ids; prices NOK decimal strings; quality scores decimal strings. */
  input: ScoringInput;
  results: BidResult[];
  sensitivity: SensitivityResult[];
  /** Bid ids awarded in this lot, in award order (usually one). */
  winners: string[];
  /** The chair's consensus justification per bid id and criterion id. */
  justifications: Record<string, Record<string, string>>;
}
