import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatOslo } from "@/lib/time";

/**
 * The stored dialogue a write is judged on, locked for the rest of the transaction (FOR UPDATE): a publish, an answer
 * and a conversion of the same dialogue run one after the other, so an answer never slips in beside a conversion.
 */
export async function loadDialogueForWrite(tx: Tx, dialogueId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "MarketDialogue" WHERE id = ${dialogueId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "errors.notFound");
  return tx.marketDialogue.findUniqueOrThrow({
    where: { id: dialogueId },
    select: {
      id: true, reference: true, title: true, description: true, status: true, version: true, regionId: true, measureTypeId: true,
      responseDeadline: true, meetingAt: true, publishedAt: true, tenderId: true,
    },
  });
}

export type WriteDialogue = Awaited<ReturnType<typeof loadDialogueForWrite>>;

/** "MD-2026/0007": the Oslo year and the next number in it, serialised by a transaction lock. */
export async function nextDialogueReference(tx: Tx, now: Date): Promise<string> {
  const prefix = `MD-${formatOslo(now, "yyyy")}/`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dialogue-reference'))`;
  const latest = await tx.marketDialogue.findFirst({ where: { reference: { startsWith: prefix } }, orderBy: { reference: "desc" }, select: { reference: true } });
  const number = latest ? Number(latest.reference.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(number).padStart(4, "0")}`;
}

/** The guarded write of a state change: (id, status, version) as seen, else CONFLICT. */
export async function guardedDialogueUpdate(tx: Tx, seen: { id: string; status: WriteDialogue["status"]; version: number }, data: Parameters<Tx["marketDialogue"]["updateMany"]>[0]["data"]) {
  const { count } = await tx.marketDialogue.updateMany({ where: { id: seen.id, status: seen.status, version: seen.version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw new AppError("CONFLICT", "errors.conflict");
}

/** An active measure that is tendered; pre-approved and in-house measures are refused with the reason (as drafts are). */
export async function loadTenderableMeasure(tx: Tx, measureTypeId: string) {
  const measure = await tx.measureType.findUnique({ where: { id: measureTypeId }, select: { id: true, code: true, active: true, acquisition: true } });
  if (!measure?.active) throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { measureTypeId: ["errors.field.measureTypeRequired"] } });
  if (measure.acquisition !== "PROCURED") {
    const reason = `errors.tender.notTendered.${measure.acquisition}`;
    throw new AppError("INVALID_STATE", reason, { fieldErrors: { measureTypeId: [reason] } });
  }
  return measure;
}
