import type { z } from "zod";
import { appendAudit, type AuditEntry } from "@/lib/audit";
import { authorize, type Action, type Actor, type PolicyResource } from "@/lib/auth/policy";
import { getClock, type Clock } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";
import { AppError, fromZodError } from "@/lib/errors";
import { enqueueNotifications, type NotifyRecord } from "@/lib/notifications";
import { knownDbError } from "./db-errors";

/** `A` is `Actor` for ordinary commands, `null` for public ones (see definePublicCommand). */
export interface BaseContext<I, A extends Actor | null = Actor> {
  tx: Tx;
  actor: A;
  input: I;
  clock: Clock;
  /** One instant for the whole command: the audit time and any timestamps it writes. */
  now: Date;
}

export interface CommandContext<I, R, A extends Actor | null = Actor> extends BaseContext<I, A> {
  resource: R;
}

/** An audit event the runner appends; actor and time are filled in from the context. */
export type AuditRecord = Omit<AuditEntry, "actorId" | "apiTokenId" | "at">;

export interface CommandOutcome<O> {
  data: O;
  /** Usually one event; an empty list only for a no-op (e.g. an idempotent repeat). */
  audit: AuditRecord | readonly AuditRecord[];
  /** Zero or more notifications, written to the outbox in the same transaction as the change and its audit. */
  notify?: readonly NotifyRecord[];
}

/** A public command's outcome names who acted, as the command proved it (e.g. the owner of a reset token). */
export interface PublicCommandOutcome<O> extends CommandOutcome<O> {
  actorId: string | null;
}

interface CommandSpec<S extends z.ZodType, R, O, A extends Actor | null, Out extends CommandOutcome<O>> {
  name: string;
  input: S;
  /** Loads (and, where a race matters, locks) the stored row the policy judges — never request data. */
  load?: (ctx: BaseContext<z.output<S>, A>) => Promise<R>;
  run: (ctx: CommandContext<z.output<S>, R, A>) => Promise<Out>;
}

export interface Command<S extends z.ZodType, R extends PolicyResource | undefined, O>
  extends CommandSpec<S, R, O, Actor, CommandOutcome<O>> {
  /** The policy action checked against the loaded resource before `run`. */
  action: Action;
  public?: false;
}

/**
 * A command anyone may run without signing in, because it proves its own right (a secret, single-use token).
 * No actor and no policy check; the structure test lists every public command, so adding one is deliberate.
 */
export interface PublicCommand<S extends z.ZodType, R, O> extends CommandSpec<S, R, O, null, PublicCommandOutcome<O>> {
  public: true;
}

export type AnyCommand<S extends z.ZodType, R extends PolicyResource | undefined, O> = Command<S, R, O> | PublicCommand<S, R, O>;

export type CommandResult<O> = { ok: true; data: O } | { ok: false; error: AppError };

export interface RunOptions {
  actor: Actor | null | undefined;
  rawInput: unknown;
  db: Pick<Db, "$transaction">;
  clock?: Clock;
}

/**
 * Prisma's defaults (2 s to get a connection, 5 s to finish) turn a burst into 500s: at a deadline rush 50 submissions
 * at once queue for the pool's connections and for the competition's audit chain head (bench/bid-rush.ts measured
 * it). A request waits instead, as it would for any lock; a transaction that really hangs still ends.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/** Declares a write use case; the identity function, there for type inference. */
export function defineCommand<S extends z.ZodType, O, R extends PolicyResource | undefined = undefined>(
  command: Omit<Command<S, R, O>, "public">,
): Command<S, R, O> {
  return command;
}

/** Declares a public write use case (no actor, no policy action): see PublicCommand. */
export function definePublicCommand<S extends z.ZodType, O, R extends PolicyResource | undefined = undefined>(
  command: Omit<PublicCommand<S, R, O>, "public">,
): PublicCommand<S, R, O> {
  return { ...command, public: true };
}

/**
 * The mutation pattern, once: require an actor (UNAUTHENTICATED) → parse (VALIDATION, nothing
 * written) → in one transaction: load, authorize (FORBIDDEN), run, append audit, write the outbox.
 * Any failure rolls back the change, its audit and its notifications together. Expected failures
 * come back as `{ ok: false, error }`; unexpected ones are thrown for the route layer to log and hide.
 * A public command skips the actor and the policy check; its outcome names the actor for the audit.
 */
export async function runCommand<S extends z.ZodType, R extends PolicyResource | undefined, O>(
  command: AnyCommand<S, R, O>,
  { actor, rawInput, db, clock = getClock() }: RunOptions,
): Promise<CommandResult<O>> {
  // Who first: an anonymous caller learns nothing about the input's shape.
  if (!command.public) {
    if (!actor) return { ok: false, error: new AppError("UNAUTHENTICATED", "errors.unauthenticated") };
    if (!actor.active) return { ok: false, error: new AppError("FORBIDDEN", "errors.forbidden") };
  }
  const parsed = command.input.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: fromZodError(parsed.error) };
  const now = clock.now();
  try {
    const data = await db.$transaction(async (tx) => {
      let outcome: CommandOutcome<O>;
      let actorId: string | null;
      let apiTokenId: string | null = null;
      if (command.public) {
        const base: BaseContext<z.output<S>, null> = { tx, actor: null, input: parsed.data, clock, now };
        const resource = command.load ? await command.load(base) : (undefined as R);
        const result = await command.run({ ...base, resource });
        ({ actorId } = result);
        outcome = result;
      } else {
        const signedIn = actor!;
        const base: BaseContext<z.output<S>> = { tx, actor: signedIn, input: parsed.data, clock, now };
        // Without a loader the command is unscoped and R is `undefined` by default.
        const resource = command.load ? await command.load(base) : (undefined as R);
        authorize(signedIn, command.action, resource);
        outcome = await command.run({ ...base, resource });
        actorId = signedIn.userId;
        apiTokenId = signedIn.apiTokenId ?? null;
      }
      // The outbox first, the audit last: an append holds its chain head's row lock until commit (lib/audit), so
      // nothing else should run after it — many bids on one competition share that chain.
      await enqueueNotifications(tx, outcome.notify ?? [], now);
      for (const record of [outcome.audit].flat()) {
        await appendAudit(tx, { ...record, actorId, apiTokenId, at: now });
      }
      return outcome.data;
    }, TRANSACTION_OPTIONS);
    return { ok: true, data };
  } catch (error) {
    const known = error instanceof AppError ? error : knownDbError(error);
    if (known) return { ok: false, error: known };
    throw error;
  }
}
