import type { PublicAmendment } from "./queries/public-amendments";

/** The change history in the public JSON (notice.json): instants in ISO UTC, the changes old → new. */
export function publicAmendmentJson(amendment: PublicAmendment) {
  return {
    number: amendment.number,
    publishedAt: amendment.publishedAt.toISOString(),
    reason: amendment.summary,
    newDeadline: amendment.newDeadline?.toISOString() ?? null,
    changes: amendment.changes,
  };
}
