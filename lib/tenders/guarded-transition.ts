import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, TenderStatus as DbTenderStatus } from "@/lib/generated/prisma/client";

import { checkTransition, type TenderEvent, type TenderStatus } from "./transitions";
import { refreshHistoryRow } from "@/lib/history/refresh";

// The pure module declares the statuses itself; this fails the typecheck if they drift from the schema.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _statusesMatchSchema: Same<TenderStatus, DbTenderStatus> = true;

/** What the caller read: the write only succeeds if the row is still exactly this. */
export interface TenderSnapshot {
  id: string;
  status: TenderStatus;
  version: number;
}

/** Other columns written with the step (e.g. `announcedAt`, `cancelledAt` + `cancelReason`); status and version are ours. */
export type TransitionData = Omit<Prisma.TenderUncheckedUpdateManyInput, "status" | "version">;

export interface TransitionOptions {
  /** Required when the step needs one (see `needsReason`); the caller also puts it in the audit event. */
  reason?: string | null;
}

export interface TransitionResult {
  from: TenderStatus;
  status: TenderStatus;
  version: number;
}

/**
 * Moves a tender one step through the state machine as a guarded write, inside the caller's transaction
 * (a command's `run`). Throws INVALID_STATE for an illegal step and VALIDATION for a missing reason before
 * writing anything; CONFLICT when the row is no longer at (status, version) — someone else moved it first,
 * so no read-check-write gap: the check is the `where` of the update itself.
 */
export async function transitionTender(
  tx: Tx,
  current: TenderSnapshot,
  event: TenderEvent,
  data: TransitionData = {},
  options: TransitionOptions = {},
): Promise<TransitionResult> {
  const target = checkTransition(current.status, event, options.reason);
  const version = await guardedUpdate(tx, current, { ...data, status: target }, { event });
  return { from: current.status, status: target, version };
}

/**
 * The guarded write itself, also for changes within a state (saving a draft, submitting it): the row must still be
 * at (status, version), else CONFLICT; the version moves on. Returns the new version.
 */
export async function guardedUpdate(
  tx: Tx,
  current: TenderSnapshot,
  data: TransitionData & { status?: TenderStatus },
  details: Record<string, unknown> = {},
): Promise<number> {
  const { count } = await tx.tender.updateMany({
    where: { id: current.id, status: current.status, version: current.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("CONFLICT", "errors.conflict", { from: current.status, ...details });
  await refreshHistoryRow(tx, current.id);
  return current.version + 1;
}
