import { Prisma } from "@/lib/generated/prisma/client";

import { systemClock, type Clock } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bidsRefusal } from "@/lib/tenders/preconditions";
import { formatOsloDateTime } from "@/lib/time";

/*
 * Which clock judges a bid's deadline (docs/decisions/007-bid-deadline-clock.md): the database's. Every app
 * instance writes through one PostgreSQL, so `clock_timestamp()` in the guarded write is one clock for all of them,
 * read in the statement that writes (no gap), and it is the instant stored. Tests install a fixed app clock
 * (setClockForTests / runCommand's `clock`); then that instant is passed into the same statement instead, so the
 * boundary (T − 1 ms accepted, T refused) is tested on the very SQL that runs in production.
 */

/** The instant the SQL should judge by: null = the database's clock; a Date when a test clock is installed. */
export function judgedInstant(clock: Clock, now: Date): Date | null {
  return clock === systemClock ? null : now;
}

/** SQL for the judged instant, to use inside the guarded INSERT/UPDATE. */
export function instantSql(fixed: Date | null): Prisma.Sql {
  return Prisma.sql`COALESCE(${fixed}::timestamptz, clock_timestamp())`;
}

/** The rule itself lives in lib/rules, shared with the pages that show a competition as closed (lib/tenders/closed). */
export { isBeforeDeadline } from "@/lib/rules/bid-deadline";

/**
 * The one deadline guard every bid write puts into its own statement: `from` adds the competition `t` and the judged
 * instant `j."at"` to the statement's FROM/USING list, `where` holds only while `t` is announced and `j."at"` is
 * before its deadline. A write built with it changes nothing at or after the deadline, and stores `j."at"` as its
 * time, e.g. INSERT … SELECT … FROM ${from} WHERE ${where} FOR SHARE OF t.
 */
export interface DeadlineGuard {
  from: Prisma.Sql;
  where: Prisma.Sql;
}

export function deadlineGuard(tenderId: string, clock: Clock, now: Date): DeadlineGuard {
  return {
    from: Prisma.sql`"Tender" t, (SELECT ${instantSql(judgedInstant(clock, now))} AS "at") j`,
    where: Prisma.sql`t."id" = ${tenderId} AND t."status" = 'ANNOUNCED' AND t."deadline" > j."at"`,
  };
}

/**
 * Why a guarded bid write on this competition wrote nothing: not open (state) or the deadline (Oslo time). The SQL
 * judged the deadline (by the database's clock), so whatever is not "notOpen" is the deadline.
 */
export async function refusalFor(tx: Tx, tenderId: string, locale: "nb" | "en", now: Date): Promise<AppError> {
  const current = await tx.tender.findUniqueOrThrow({ where: { id: tenderId }, select: { status: true, deadline: true } });
  if (bidsRefusal(current, now) === "notOpen") return new AppError("INVALID_STATE", "bids.errors.notOpen", { status: current.status });
  const deadline = current.deadline!;
  return new AppError("DEADLINE_PASSED", "bids.errors.deadlinePassed", { messageParams: { at: formatOsloDateTime(deadline, locale) }, deadline: deadline.toISOString() });
}

/**
 * Runs one guarded write (built from `deadlineGuard`) and returns its rows; none → the refusal (state or deadline).
 * Callers whose write can also find nothing for another reason (a missing row) rule that out first.
 */
export async function guardedWrite<T>(tx: Tx, ctx: { tenderId: string; clock: Clock; now: Date; locale: "nb" | "en" }, write: (guard: DeadlineGuard) => Promise<T[]>): Promise<T[]> {
  const rows = await write(deadlineGuard(ctx.tenderId, ctx.clock, ctx.now));
  if (rows.length === 0) throw await refusalFor(tx, ctx.tenderId, ctx.locale, ctx.now);
  return rows;
}
