export { defineCommand, definePublicCommand, runCommand } from "./command";
export type {
  AnyCommand, AuditRecord, BaseContext, Command, CommandContext, CommandOutcome, CommandResult, PublicCommand,
  PublicCommandOutcome, RunOptions,
} from "./command";
export { knownDbError } from "./db-errors";
export { problemResponse, toFormState } from "./response";
export { IDLE_FORM_STATE, fieldError } from "./form-state";
export type { FormErrorState, FormState } from "./form-state";
