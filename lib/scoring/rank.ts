import type { Dec } from "./decimal";
import type { TieBreak } from "./types";

export interface RankEntry {
  id: string;
  /** the tie key of the value ranked on; higher is better */
  primary: Dec;
  price: Dec;
  /** tie key of the weighted quality points; only read for "highest-quality" */
  quality: Dec;
}

export interface Ranked<T> {
  entry: T;
  rank: number;
  tiedWith: string[];
}

const byId = (a: RankEntry, b: RankEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function secondary(tieBreak: TieBreak): (a: RankEntry, b: RankEntry) => number {
  if (tieBreak === "lowest-price") return (a, b) => a.price.cmp(b.price);
  if (tieBreak === "highest-quality") return (a, b) => b.quality.cmp(a.quality);
  return () => 0;
}

/**
 * Competition ranking (1, 1, 3 …), best first. Entries the tie-break can't separate share a rank; they are
 * listed by id so the output never depends on the input order.
 */
export function rankEntries<T extends RankEntry>(entries: T[], tieBreak: TieBreak): Ranked<T>[] {
  const tieOrder = secondary(tieBreak);
  const sorted = [...entries].sort((a, b) => b.primary.cmp(a.primary) || tieOrder(a, b) || byId(a, b));
  const ranked: Ranked<T>[] = [];
  let groupStart = 0;
  sorted.forEach((entry, i) => {
    const previous = sorted[i - 1];
    const samePrimary = previous !== undefined && previous.primary.eq(entry.primary);
    if (!samePrimary) groupStart = i;
    const shared = samePrimary && tieOrder(previous, entry) === 0;
    const rank = shared ? (ranked[i - 1]?.rank ?? i + 1) : i + 1;
    ranked.push({ entry, rank, tiedWith: [] });
    if (samePrimary) {
      for (let j = groupStart; j < i; j += 1) {
        ranked[j]?.tiedWith.push(entry.id);
        ranked[i]?.tiedWith.push(sorted[j]?.id ?? "");
      }
    }
  });
  return ranked;
}
