import { z } from "zod";

import { definePublicQuery } from "@/lib/query";
import { text } from "@/lib/schemas";
import { startOfOsloDay, tryParseOslo } from "@/lib/time";

import { processIdOf } from "../config";
import { encodeReleaseCursor, ZReleaseCursor } from "../cursor";
import { loadProcesses, loadReleaseEntries } from "../load";
import { releaseFor, releasesOf } from "../map";
import type { Release } from "../types";

/** "2026-03-01" (the start of that Oslo day) or an ISO 8601 instant with its offset ("2026-03-01T12:00:00Z"). */
const ZInstant = text()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "") return undefined;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) {
      const parsed = tryParseOslo(`${day[3]}.${day[2]}.${day[1]} 12:00`);
      if (parsed.ok) return startOfOsloDay(parsed.instant);
    } else if (z.iso.datetime({ offset: true }).safeParse(value).success) {
      return new Date(value);
    }
    ctx.addIssue({ code: "custom", message: "ocds.errors.date" });
    return z.NEVER;
  });

export const ZReleaseListInput = z
  .object({
    from: ZInstant.describe("Releases dated at or after this day (Oslo) or instant (ISO 8601)"),
    to: ZInstant.describe("Releases dated before this day (Oslo) or instant (ISO 8601)"),
    after: ZReleaseCursor.describe("Releases after this position: the `after` of the `Link: rel=\"next\"` header (opaque)"),
    pageSize: z.coerce.number({ error: "errors.field.page" }).int().min(1).max(100).default(100),
  })
  .strict();

/**
 * Open data (OCDS 1.1.5), for anyone: public because it holds only what is published anyway — announced competitions,
 * sent awards, signed contracts, published market dialogues — one release per event, oldest first, paged by a keyset
 * cursor (`next`: the position of the page's last release, when more follow). Null when the page has no release (a
 * release package must hold at least one).
 */
export const listOcdsReleases = definePublicQuery({
  name: "ocds.listReleases",
  input: ZReleaseListInput,
  load: async ({ db, input }): Promise<{ next: string | null; pageSize: number; releases: Release[] } | null> => {
    const found = await loadReleaseEntries(db, { from: input.from, to: input.to, after: input.after }, input.pageSize + 1);
    const entries = found.slice(0, input.pageSize);
    const last = entries.at(-1);
    const next = found.length > input.pageSize && last ? encodeReleaseCursor(last) : null;
    const bundles = await loadProcesses(db, [...new Set(entries.map((entry) => entry.processId))]);
    const releases = entries.flatMap((entry) => {
      const bundle = bundles.find((b) => b.processId === entry.processId);
      const release = bundle && releaseFor(bundle, entry.kind, entry.entityId);
      return release ? [release] : [];
    });
    return releases.length === 0 ? null : { next, pageSize: input.pageSize, releases };
  },
});

/** One process's releases (the record), for anyone; null for an ocid that is not ours or not published. */
export const getOcdsRecord = definePublicQuery({
  name: "ocds.getRecord",
  input: z.object({ ocid: text().trim().min(1, "errors.field.required").max(120, "errors.field.idTooLong") }).strict(),
  load: async ({ db, input }): Promise<Release[] | null> => {
    const processId = processIdOf(input.ocid);
    if (processId === null) return null;
    const [bundle] = await loadProcesses(db, [processId]);
    const releases = bundle ? releasesOf(bundle) : [];
    return releases.length === 0 ? null : releases;
  },
});
