export { defineCommand, runCommand } from "./command";
export type { AuditRecord, BaseContext, Command, CommandContext, CommandOutcome, CommandResult, RunOptions } from "./command";
export { knownDbError } from "./db-errors";
export { problemResponse, toFormState } from "./response";
export type { FormErrorState } from "./response";
