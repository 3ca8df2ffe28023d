import { z } from "zod";

import { text } from "@/lib/schemas";

import type { ReleaseCursor, ReleaseKind } from "./load";

/*
 * The release list's keyset cursor: the position (date, kind, id) of a page's last release, as an opaque token in the
 * next page's link. Forged or stale tokens are a validation error, never a 500.
 */
const RELEASE_KINDS = ["planning", "tender", "amendment", "award", "contract", "cancellation"] as const satisfies readonly ReleaseKind[];
const ZCursorValue = z.tuple([z.iso.datetime(), z.enum(RELEASE_KINDS), z.string().min(1).max(120)]);

/** A release's position as an opaque token: base64url of [date, kind, id]. */
export function encodeReleaseCursor(cursor: ReleaseCursor): string {
  return Buffer.from(JSON.stringify([cursor.date.toISOString(), cursor.kind, cursor.entityId])).toString("base64url");
}

export const ZReleaseCursor = text()
  .trim()
  .optional()
  .transform((value, ctx): ReleaseCursor | undefined => {
    if (value === undefined || value === "") return undefined;
    let decoded: unknown = null;
    try {
      decoded = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    } catch {
      // falls through to the issue below
    }
    const parsed = ZCursorValue.safeParse(decoded);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "ocds.errors.cursor" });
      return z.NEVER;
    }
    const [date, kind, entityId] = parsed.data;
    return { date: new Date(date), kind, entityId };
  });

