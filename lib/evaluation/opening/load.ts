import type { Clock } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { instantSql, judgedInstant } from "@/lib/bids/deadline";
import { formatOsloDateTime } from "@/lib/time";

/** The competition an opening step is judged on, its row locked so two openings of one competition serialise. */
export async function loadForOpening(tx: Tx, tenderId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Tender" WHERE "id" = ${tenderId} FOR UPDATE`;
  const tender = await tx.tender.findUnique({
    where: { id: tenderId },
    select: {
      id: true, reference: true, regionId: true, status: true, version: true, deadline: true, openedAt: true, expectedOutcomeRate: true,
      region: { select: { openingControl: true } },
      opening: { select: { control: true, requestedById: true, requestedAt: true, confirmedAt: true } },
    },
  });
  if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
  return { ...tender, openingRequestedById: tender.opening?.requestedById ?? null };
}

export type OpeningTender = Awaited<ReturnType<typeof loadForOpening>>;

/**
 * Bids are opened at or after the deadline, never before — judged as lib/bids judges the deadline (decision 007):
 * by the database's clock in the statement, or the test clock passed into the same SQL. Returns the judged instant.
 */
export async function requireDeadlinePassed(tx: Tx, tender: OpeningTender, clock: Clock, now: Date, locale: "nb" | "en"): Promise<Date> {
  if (tender.status !== "ANNOUNCED" || tender.openedAt !== null) throw new AppError("INVALID_STATE", "opening.errors.notAnnounced", { status: tender.status });
  const [row] = await tx.$queryRaw<{ at: Date; due: boolean }[]>`
    SELECT j."at", (t."deadline" IS NOT NULL AND t."deadline" <= j."at") AS "due"
    FROM "Tender" t, (SELECT ${instantSql(judgedInstant(clock, now))} AS "at") j WHERE t."id" = ${tender.id}`;
  if (!row?.due) {
    throw new AppError("INVALID_STATE", "opening.errors.beforeDeadline", { deadline: tender.deadline ? formatOsloDateTime(tender.deadline, locale) : "–" });
  }
  return row.at;
}
