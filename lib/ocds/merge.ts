import type { Release } from "./types";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const hasIds = (items: unknown[]): items is Json[] => items.length > 0 && items.every((item) => isObject(item) && typeof item.id === "string");

/**
 * OCDS merging (the standard's "merge routine", as far as our releases need it): objects merge field by field, arrays
 * of objects with ids merge item by item on the id, any other value (and any other array: wholeListMerge) is replaced.
 */
function mergeInto(target: Json, source: Json): Json {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (Array.isArray(value) && hasIds(value)) {
      const items = Array.isArray(current) && hasIds(current) ? current.map((item) => structuredClone(item)) : [];
      for (const item of value) {
        const existing = items.find((candidate) => candidate.id === item.id);
        if (existing) mergeInto(existing, item);
        else items.push(structuredClone(item));
      }
      target[key] = items;
    } else if (isObject(value)) {
      target[key] = mergeInto(isObject(current) ? current : {}, value);
    } else {
      target[key] = structuredClone(value);
    }
  }
  return target;
}

/** The compiled release of one process: its releases merged in date order, tagged "compiled". */
export function compileReleases(releases: readonly Release[]): Release {
  const ordered = [...releases].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const merged = ordered.reduce<Json>((target, release) => mergeInto(target, release as unknown as Json), {});
  const last = ordered[ordered.length - 1]!;
  return { ...(merged as unknown as Release), id: `${last.ocid}-compiled`, date: last.date, tag: ["compiled"] };
}
