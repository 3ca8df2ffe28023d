export { createDraft } from "./commands/create-draft";
export { updateDraft } from "./commands/update-draft";
export { OPTION_MODEL_YEARS, OPTION_MODELS, ZCreateDraftInput, ZTenderIdParam, ZUpdateDraftInput } from "./schemas";
export type { TCreateDraftInput, TUpdateDraftInput } from "./schemas";
export { evaluationTemplate } from "./templates";
