import { Prisma } from "@/lib/generated/prisma/client";

import { systemClock, type Clock } from "@/lib/clock";

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

/** The rule itself (PURE): a bid is in time when it is received strictly before the deadline. */
export function isBeforeDeadline(receivedAt: Date, deadline: Date): boolean {
  return receivedAt.getTime() < deadline.getTime();
}
