import type { Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActingSupplier } from "@/lib/suppliers/acting";

/**
 * A competition as a supplier acts on it, with the organisation the actor acts for: the one named in the input, or
 * the actor's only one. The policy (forOwnSupplier) then checks that organisation against the actor's memberships.
 */
export async function loadForSupplier(tx: Tx, actor: Actor, tenderId: string, supplierId: string | undefined) {
  const tender = await tx.tender.findUnique({
    where: { id: tenderId },
    select: { id: true, reference: true, regionId: true, status: true, announcedAt: true, questionDeadline: true, createdById: true },
  });
  if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
  return { ...tender, supplierId: requireActingSupplier(actor, supplierId, "questions.errors.chooseSupplier") };
}

export type SupplierTender = Awaited<ReturnType<typeof loadForSupplier>>;

/** A question as its officers work on it: the competition's region and state, and the answer so far. */
export async function loadQuestion(tx: Tx, questionId: string) {
  const question = await tx.question.findUnique({
    where: { id: questionId },
    select: {
      id: true, tenderId: true, supplierId: true, publicText: true, publicNumber: true,
      tender: { select: { id: true, reference: true, regionId: true, status: true } },
      answer: { select: { id: true, text: true, publishedAt: true } },
    },
  });
  if (!question) throw new AppError("NOT_FOUND", "errors.notFound");
  return { ...question, regionId: question.tender.regionId };
}

/**
 * Locks the competition row while it is ANNOUNCED (FOR SHARE: writers to the competition — cancellation, the
 * status steps — wait for this transaction, and this one waits for theirs and then sees their outcome). False if
 * the competition is not, or no longer, announced.
 */
export async function lockAnnounced(tx: Tx, tenderId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Tender" WHERE "id" = ${tenderId} AND "status" = 'ANNOUNCED' FOR SHARE`;
  return rows.length === 1;
}

/** As lockAnnounced, exclusively: publications on one competition take their numbers one at a time. */
export async function lockAnnouncedForUpdate(tx: Tx, tenderId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Tender" WHERE "id" = ${tenderId} AND "status" = 'ANNOUNCED' FOR UPDATE`;
  return rows.length === 1;
}

export const notOpen = (status: string) => new AppError("INVALID_STATE", "questions.errors.notOpen", { status });
