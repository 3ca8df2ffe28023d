import type { BidStatus } from "@/lib/generated/prisma/client";

/** The state a competition's row shows: submitted (any lot), withdrawn, or a draft. PURE. */
export function overviewState(row: { lots: readonly { status: BidStatus | string }[]; hasDraft: boolean }): "SUBMITTED" | "WITHDRAWN" | "DRAFT" | "OTHER" {
  if (row.lots.some((l) => l.status === "SUBMITTED")) return "SUBMITTED";
  if (row.lots.some((l) => l.status === "WITHDRAWN")) return "WITHDRAWN";
  if (row.hasDraft || row.lots.every((l) => l.status === "DRAFT")) return "DRAFT";
  return "OTHER";
}
