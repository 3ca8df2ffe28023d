import { earliestTenderDeadline } from "./periods";
import type { Procedure, Regime } from "./types";

// domain.md §4.2. Part I and Part II: free choice between open and restricted competitions, negotiation if
// announced. Part III: the directive's procedures (the exceptions without notice, FOA §§ 13-3/13-4, are not
// procedures the app runs). Part IV (ch. 30): no fixed list, so the light-regime procedure the authority designs
// itself first, or any of the others.
const ALLOWED: Record<Regime, readonly Procedure[]> = {
  EXEMPT: ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE"],
  PART_I: ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE"],
  PART_II: ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE"],
  PART_III: ["OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE", "COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP"],
  PART_IV: ["LIGHT_REGIME", "OPEN", "RESTRICTED", "NEGOTIATED_WITH_NOTICE", "COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP"],
};

/** The procedures the drafting form offers under a regime, the usual choice first. */
export function allowedProcedures(regime: Regime): Procedure[] {
  return [...ALLOWED[regime]];
}

export function isProcedureAllowed(regime: Regime, procedure: Procedure): boolean {
  return ALLOWED[regime].includes(procedure);
}

export interface TimeLimitOptions {
  /**
   * What the period counts from. "notice" (default): the contract notice, so the tender deadline in an open
   * procedure and the deadline for requests to participate in the two-stage ones. "invitation": the invitation
   * to tender in a two-stage procedure (not for OPEN, which has none).
   */
  from?: "notice" | "invitation";
  /** tenders are submitted electronically; default true (the app is the submission channel) */
  electronicSubmission?: boolean;
  /** a prior information notice was published (forhåndskunngjøring) */
  priorInformationNotice?: boolean;
  /** a duly substantiated urgency */
  urgency?: boolean;
}

const TWO_STAGE: readonly Procedure[] = ["RESTRICTED", "NEGOTIATED_WITH_NOTICE", "COMPETITIVE_DIALOGUE", "INNOVATION_PARTNERSHIP"];

/**
 * The minimum time limit in calendar days (domain.md §4.3, DFØ's table for Part III), or null where the rules set
 * no fixed minimum and the limit must only be "reasonable" for the complexity (Part I, II, IV and exempt
 * purchases; tenders after the invitation in competitive dialogue and innovation partnership). Throws RangeError
 * for a procedure the regime does not allow, or `from: "invitation"` with an open procedure.
 */
export function minimumTenderDays(regime: Regime, procedure: Procedure, options: TimeLimitOptions = {}): number | null {
  if (!isProcedureAllowed(regime, procedure)) throw new RangeError(`${procedure} is not a procedure under ${regime}`);
  const from = options.from ?? "notice";
  if (from === "invitation" && !TWO_STAGE.includes(procedure)) {
    throw new RangeError(`${procedure} has no invitation to tender`);
  }
  if (regime !== "PART_III") return null;
  const electronic = options.electronicSubmission ?? true;
  const pin = options.priorInformationNotice ?? false;
  const urgency = options.urgency ?? false;
  switch (procedure) {
    case "OPEN":
      if (pin || urgency) return 15;
      return electronic ? 30 : 35;
    case "RESTRICTED":
    case "NEGOTIATED_WITH_NOTICE":
      if (from === "notice") return urgency ? 15 : 30;
      // non-state authorities may agree a shorter limit with the candidates (minimum 10); Nav is state
      if (pin || urgency) return 10;
      return electronic ? 25 : 30;
    case "COMPETITIVE_DIALOGUE":
    case "INNOVATION_PARTNERSHIP":
      return from === "notice" ? 30 : null;
    default:
      return null;
  }
}

/**
 * The earliest deadline allowed when the notice (or, with `from: "invitation"`, the invitation) was sent at
 * `sentAt`: periodEnd(sentAt, minimumTenderDays(…)). Null where no fixed minimum applies.
 */
export function earliestBidDeadline(
  sentAt: Date,
  regime: Regime,
  procedure: Procedure,
  options: TimeLimitOptions = {},
): Date | null {
  const days = minimumTenderDays(regime, procedure, options);
  return days === null ? null : earliestTenderDeadline(sentAt, days);
}
