import type { z } from "zod";
import { appendAudit, type AuditEntry } from "@/lib/audit";
import { authorize, type Action, type Actor, type PolicyResource } from "@/lib/auth/policy";
import { getClock, type Clock } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";
import { AppError, fromZodError } from "@/lib/errors";
import { knownDbError } from "./db-errors";

export interface BaseContext<I> {
  tx: Tx;
  actor: Actor;
  input: I;
  clock: Clock;
  /** One instant for the whole command: the audit time and any timestamps it writes. */
  now: Date;
}

export interface CommandContext<I, R> extends BaseContext<I> {
  resource: R;
}

/** An audit event the runner appends; actor and time are filled in from the context. */
export type AuditRecord = Omit<AuditEntry, "actorId" | "at">;

export interface CommandOutcome<O> {
  data: O;
  /** Usually one event; an empty list only for a no-op (e.g. an idempotent repeat). */
  audit: AuditRecord | readonly AuditRecord[];
}

export interface Command<S extends z.ZodType, R extends PolicyResource | undefined, O> {
  name: string;
  /** The policy action checked against the loaded resource before `run`. */
  action: Action;
  input: S;
  /** Loads (and, where a race matters, locks) the stored row the policy judges — never request data. */
  load?: (ctx: BaseContext<z.output<S>>) => Promise<R>;
  run: (ctx: CommandContext<z.output<S>, R>) => Promise<CommandOutcome<O>>;
}

export type CommandResult<O> = { ok: true; data: O } | { ok: false; error: AppError };

export interface RunOptions {
  actor: Actor | null | undefined;
  rawInput: unknown;
  db: Pick<Db, "$transaction">;
  clock?: Clock;
}

/** Declares a write use case; the identity function, there for type inference. */
export function defineCommand<S extends z.ZodType, O, R extends PolicyResource | undefined = undefined>(
  command: Command<S, R, O>,
): Command<S, R, O> {
  return command;
}

/**
 * The mutation pattern, once: require an actor (UNAUTHENTICATED) → parse (VALIDATION, nothing
 * written) → in one transaction: load, authorize (FORBIDDEN), run, append audit.
 * Any failure rolls back the change and its audit together. Expected failures come back as
 * `{ ok: false, error }`; unexpected ones are thrown for the route layer to log and hide.
 */
export async function runCommand<S extends z.ZodType, R extends PolicyResource | undefined, O>(
  command: Command<S, R, O>,
  { actor, rawInput, db, clock = getClock() }: RunOptions,
): Promise<CommandResult<O>> {
  // Who first: an anonymous caller learns nothing about the input's shape.
  if (!actor) return { ok: false, error: new AppError("UNAUTHENTICATED", "errors.unauthenticated") };
  if (!actor.active) return { ok: false, error: new AppError("FORBIDDEN", "errors.forbidden") };
  const parsed = command.input.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
  const now = clock.now();
  try {
    const data = await db.$transaction(async (tx) => {
      const base: BaseContext<z.output<S>> = { tx, actor, input: parsed.data, clock, now };
      // Without a loader the command is unscoped and R is `undefined` by default.
      const resource = command.load ? await command.load(base) : (undefined as R);
      authorize(actor, command.action, resource);
      const outcome = await command.run({ ...base, resource });
      for (const record of [outcome.audit].flat()) {
        await appendAudit(tx, { ...record, actorId: actor.userId, at: now });
      }
      return outcome.data;
    });
    return { ok: true, data };
  } catch (error) {
    const known = error instanceof AppError ? error : knownDbError(error);
    if (known) return { ok: false, error: known };
    throw error;
  }
}
