export { createDialogue } from "./commands/create-dialogue";
export { updateDialogue } from "./commands/update-dialogue";
export { publishDialogue } from "./commands/publish-dialogue";
export { respondToDialogue } from "./commands/respond-to-dialogue";
export { convertDialogue } from "./commands/convert-dialogue";
export { RESPONSE_MAX_LENGTH, ZCreateDialogueInput, ZDialogueIdParam, ZDialogueStepInput, ZRespondInput, ZUpdateDialogueInput } from "./schemas";
export type { TCreateDialogueInput, TRespondInput, TUpdateDialogueInput } from "./schemas";
export { acceptsResponses, dialoguePhase } from "./status";
export type { DialoguePhase } from "./status";
