export {
  CANCELLABLE_STATUSES, REASON_EVENTS, TENDER_EVENTS, TENDER_STATUSES, TRANSITIONS,
  checkTransition, eventsFrom, isAllowed, isTerminal, needsReason, nextStatus, transitionFor,
} from "./transitions";
export type { TenderEvent, TenderStatus, Transition } from "./transitions";
export { transitionTender } from "./guarded-transition";
export type { TenderSnapshot, TransitionData, TransitionOptions, TransitionResult } from "./guarded-transition";
