export { createDraft } from "./commands/create-draft";
export { updateDraft } from "./commands/update-draft";
export { OPTION_MODELS, ZCreateDraftInput, ZTenderIdParam, ZUpdateDraftInput } from "./schemas";
export type { TCreateDraftInput, TUpdateDraftInput } from "./schemas";
export { evaluationTemplate } from "./templates";
export {
  CANCELLABLE_STATUSES, REASON_EVENTS, TENDER_EVENTS, TENDER_STATUSES, TRANSITIONS,
  checkTransition, eventsFrom, isAllowed, isTerminal, needsReason, nextStatus, transitionFor,
} from "./transitions";
export type { TenderEvent, TenderStatus, Transition } from "./transitions";
export { transitionTender } from "./guarded-transition";
export type { TenderSnapshot, TransitionData, TransitionOptions, TransitionResult } from "./guarded-transition";
export { announceTender } from "./commands/announce-tender";
export { approveDraft } from "./commands/approve-draft";
export { returnDraft } from "./commands/return-draft";
export { submitDraft } from "./commands/submit-draft";
export { cancelTender } from "./commands/cancel-tender";
export { registerInterest } from "./commands/register-interest";
export { withdrawInterest } from "./commands/withdraw-interest";
export { askQuestion } from "./commands/ask-question";
export { answerQuestion } from "./commands/answer-question";
export { publishAnswer } from "./commands/publish-answer";
export { amendTender } from "./commands/amend-tender";
