import { AppError, type FieldErrors } from "@/lib/errors";
import { isScoreInRange } from "@/lib/scoring";

import type { TScoreEntry } from "../schemas";

export interface ParsedScore {
  bidId: string;
  criterionId: string;
  /** plain decimal string, exact (at most 20 decimals, which the column holds) */
  score: string;
  justification: string;
}

/**
 * Typed scores → exact decimal strings on the tender's scale, each with its required justification. Entries with
 * neither a score nor a justification are not scored yet and skipped. Every problem at once, as field errors on
 * `scores.<i>.score` / `scores.<i>.justification`; unknown bids or criteria are refused as a whole (not a typo).
 */
export function parseScores(
  entries: readonly TScoreEntry[],
  allowed: { bidIds: ReadonlySet<string>; criterionIds: ReadonlySet<string>; maxPoints: number },
): ParsedScore[] {
  const fieldErrors: FieldErrors = {};
  const parsed: ParsedScore[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (!allowed.bidIds.has(entry.bidId) || !allowed.criterionIds.has(entry.criterionId)) {
      throw new AppError("VALIDATION", "evaluation.errors.unknownBidOrCriterion", { bidId: entry.bidId, criterionId: entry.criterionId });
    }
    const key = `${entry.bidId}:${entry.criterionId}`;
    if (seen.has(key)) throw new AppError("VALIDATION", "evaluation.errors.duplicateScore", { bidId: entry.bidId, criterionId: entry.criterionId });
    seen.add(key);
    if (entry.score === "" && entry.justification === "") return;
    const score = entry.score.replace(",", ".");
    let ok = true;
    if (!isScoreInRange(score, allowed.maxPoints)) {
      fieldErrors[`scores.${i}.score`] = [entry.score === "" ? "evaluation.errors.scoreRequired" : "evaluation.errors.scoreInvalid"];
      ok = false;
    }
    if (entry.justification === "") {
      fieldErrors[`scores.${i}.justification`] = ["evaluation.errors.justificationRequired"];
      ok = false;
    }
    if (ok) parsed.push({ bidId: entry.bidId, criterionId: entry.criterionId, score: normalise(score), justification: entry.justification });
  });
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION", "evaluation.errors.scoresInvalid", { fieldErrors, messageParams: { max: allowed.maxPoints } });
  }
  return parsed;
}

/** "07.50" → "7.5": the stored form, so equal scores compare equal. */
function normalise(score: string): string {
  const [whole = "0", fraction = ""] = score.split(".");
  const w = whole.replace(/^0+(?=\d)/, "");
  const f = fraction.replace(/0+$/, "");
  return f === "" ? w : `${w}.${f}`;
}
