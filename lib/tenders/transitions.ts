import { AppError } from "@/lib/errors/app-error";

/**
 * The competition's lifecycle (domain.md §3.1) as a pure table: no clock, no database.
 * Guards that need data — the bid deadline before `open`, a negotiated procedure before `startNegotiation`,
 * the standstill end and pending complaints before `signContract` — belong to the command that fires the event.
 */

/** The Prisma `TenderStatus` values, declared here so the module stays pure; a unit test keeps them equal. */
export const TENDER_STATUSES = [
  "DRAFT",
  "READY",
  "ANNOUNCED",
  "OPENED",
  "QUALIFICATION",
  "EVALUATION",
  "NEGOTIATION",
  "AWARD_PROPOSED",
  "AWARD_DECIDED",
  "STANDSTILL",
  "CONTRACT_SIGNED",
  "AWARD_NOTICE_PUBLISHED",
  "ACTIVE",
  "EXPIRED",
  "TERMINATED",
  "CANCELLED",
] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];

export const TENDER_EVENTS = [
  "approve",
  "sendBack",
  "announce",
  "open",
  "startQualification",
  "startEvaluation",
  "startNegotiation",
  "endNegotiation",
  "proposeAward",
  "rejectProposal",
  "decideAward",
  "startStandstill",
  "signContract",
  "reopenEvaluation",
  "publishAwardNotice",
  "activate",
  "expire",
  "terminate",
  "cancel",
] as const;
export type TenderEvent = (typeof TENDER_EVENTS)[number];

export interface Transition {
  from: TenderStatus;
  event: TenderEvent;
  to: TenderStatus;
  /** The change must carry a reason, written to the protocol (and, for cancel, to `cancelReason`). */
  needsReason: boolean;
}

const row = (from: TenderStatus, event: TenderEvent, to: TenderStatus, needsReason = false): Transition => ({ from, event, to, needsReason });

/** Avlysning (cancellation) is allowed with a reason in every state before CONTRACT_SIGNED. */
export const CANCELLABLE_STATUSES: readonly TenderStatus[] = TENDER_STATUSES.slice(0, TENDER_STATUSES.indexOf("CONTRACT_SIGNED"));

/** Every legal transition. Anything not listed is illegal. */
export const TRANSITIONS: readonly Transition[] = [
  // Drafting and four-eyes approval.
  row("DRAFT", "approve", "READY"),
  row("READY", "sendBack", "DRAFT", true),
  row("READY", "announce", "ANNOUNCED"),
  // Opening (only after the bid deadline — the command guards the time), qualification, evaluation.
  row("ANNOUNCED", "open", "OPENED"),
  row("OPENED", "startQualification", "QUALIFICATION"),
  row("QUALIFICATION", "startEvaluation", "EVALUATION"),
  // Negotiated procedures: negotiate, then final tenders are evaluated again.
  row("EVALUATION", "startNegotiation", "NEGOTIATION"),
  row("NEGOTIATION", "endNegotiation", "EVALUATION"),
  // Award: the officer proposes, a second person approves (decides) or rejects back to evaluation.
  row("EVALUATION", "proposeAward", "AWARD_PROPOSED"),
  row("AWARD_PROPOSED", "rejectProposal", "EVALUATION", true),
  row("AWARD_PROPOSED", "decideAward", "AWARD_DECIDED"),
  row("AWARD_DECIDED", "startStandstill", "STANDSTILL"),
  row("STANDSTILL", "signContract", "CONTRACT_SIGNED"),
  // § 25-2 exceptions (e.g. a single bidder): no standstill, so the skip must be justified in the protocol.
  row("AWARD_DECIDED", "signContract", "CONTRACT_SIGNED", true),
  // An upheld complaint sets the decided award aside: the evaluation is reopened, with the reason in the protocol.
  row("AWARD_DECIDED", "reopenEvaluation", "EVALUATION", true),
  row("STANDSTILL", "reopenEvaluation", "EVALUATION", true),
  // After the contract.
  row("CONTRACT_SIGNED", "publishAwardNotice", "AWARD_NOTICE_PUBLISHED"),
  row("AWARD_NOTICE_PUBLISHED", "activate", "ACTIVE"),
  row("ACTIVE", "expire", "EXPIRED"),
  row("ACTIVE", "terminate", "TERMINATED", true),
  ...CANCELLABLE_STATUSES.map((from) => row(from, "cancel", "CANCELLED", true)),
];

const key = (from: TenderStatus, event: TenderEvent) => `${from}:${event}`;
const BY_KEY: ReadonlyMap<string, Transition> = new Map(TRANSITIONS.map((t) => [key(t.from, t.event), t]));

/** The legal transition for (from, event), or undefined. */
export function transitionFor(from: TenderStatus, event: TenderEvent): Transition | undefined {
  return BY_KEY.get(key(from, event));
}

export function isAllowed(from: TenderStatus, event: TenderEvent): boolean {
  return BY_KEY.has(key(from, event));
}

/** The target status; an illegal step throws INVALID_STATE (`errors.tender.transition`, details { from, event }). */
export function nextStatus(from: TenderStatus, event: TenderEvent): TenderStatus {
  const transition = transitionFor(from, event);
  if (!transition) throw new AppError("INVALID_STATE", "errors.tender.transition", { from, event });
  return transition.to;
}

/** The events that may fire in `status`, in table order. Empty for the terminal states. */
export function eventsFrom(status: TenderStatus): TenderEvent[] {
  return TRANSITIONS.filter((t) => t.from === status).map((t) => t.event);
}

export function isTerminal(status: TenderStatus): boolean {
  return eventsFrom(status).length === 0;
}

/** Whether this (legal) step must carry a reason. False for an illegal step (nextStatus refuses it first). */
export function needsReason(from: TenderStatus, event: TenderEvent): boolean {
  return transitionFor(from, event)?.needsReason ?? false;
}

/** Events that need a reason from at least one state (signContract only when it skips the standstill). */
export const REASON_EVENTS: readonly TenderEvent[] = [...new Set(TRANSITIONS.filter((t) => t.needsReason).map((t) => t.event))];

/**
 * Checks the step and its reason together: INVALID_STATE for an illegal step, VALIDATION on the `reason`
 * field (`errors.tender.reasonRequired`) when the step needs a reason and none (or only blanks) was given.
 */
export function checkTransition(from: TenderStatus, event: TenderEvent, reason?: string | null): TenderStatus {
  const to = nextStatus(from, event);
  if (needsReason(from, event) && !reason?.trim()) {
    throw new AppError("VALIDATION", "errors.tender.reasonRequired", { fieldErrors: { reason: ["errors.tender.reasonRequired"] }, from, event });
  }
  return to;
}
