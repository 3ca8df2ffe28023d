import { compare } from "./fixed";
import type { TieBreak } from "./types";

export interface RankEntry {
  id: string;
  /** the tie key of the value ranked on; higher is better */
  primary: bigint;
  price: bigint;
  /** tie key of the weighted quality points; only read for "highest-quality" */
  quality: bigint;
}

export interface Ranked<T> {
  entry: T;
  rank: number;
  tiedWith: string[];
}

const byId = (a: RankEntry, b: RankEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function tieBreakOrder(tieBreak: TieBreak): (a: RankEntry, b: RankEntry) => number {
  if (tieBreak === "lowest-price") return (a, b) => compare(a.price, b.price);
  if (tieBreak === "highest-quality") return (a, b) => compare(b.quality, a.quality);
  return () => 0;
}

/**
 * Competition ranking (1, 1, 3 …), best first. Entries the tie-break can't separate share a rank; they are
 * listed by id so the output never depends on the input order.
 */
export function rankEntries<T extends RankEntry>(entries: T[], tieBreak: TieBreak): Ranked<T>[] {
  const tieOrder = tieBreakOrder(tieBreak);
  const sorted = [...entries].sort((a, b) => compare(b.primary, a.primary) || tieOrder(a, b) || byId(a, b));
  const ranked: Ranked<T>[] = [];
  let groupStart = 0;
  sorted.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const samePrimary = previous !== undefined && previous.entry.primary === entry.primary;
    if (!samePrimary) groupStart = i;
    const shared = previous !== undefined && samePrimary && tieOrder(previous.entry, entry) === 0;
    const current: Ranked<T> = { entry, rank: shared ? previous.rank : i + 1, tiedWith: [] };
    for (let j = groupStart; j < i; j += 1) {
      const other = ranked[j];
      if (other === undefined) continue;
      other.tiedWith.push(entry.id);
      current.tiedWith.push(other.entry.id);
    }
    ranked.push(current);
  });
  return ranked;
}
