import "server-only";

import { read } from "@/app/_lib/read";
import type { ZTenderIdInput } from "@/lib/evaluation/schemas";
import type { DetailQuery } from "@/lib/query";

/*
 * What the score-grid pages (individual scoring /poeng, the chair's consensus /konsensus) share: the page's read of
 * its sheet and the form fields' names and ids.
 */
export interface ScoreSheetPageProps {
  params: Promise<{ id: string }>;
}

type SheetQuery<T> = DetailQuery<typeof ZTenderIdInput, T & { sheet: unknown }>;

/**
 * The page's sheet. The query answers `sheet: null` only for an actor the policy then refuses (read() shows the 403
 * page), so what comes back always carries it.
 */
export async function readScoreSheet<T extends { sheet: unknown }>(query: SheetQuery<T>, { params }: ScoreSheetPageProps) {
  const scope = await read(query, { tenderId: (await params).id });
  return { ...scope, sheet: scope.sheet as NonNullable<T["sheet"]> };
}

/** The i-th cell's fields, posted as scores.<i>.…; the two inputs have ids `<prefix>-<i>-…` to link errors to. */
export function scoreCellFields(prefix: string, i: number) {
  return {
    bidId: `scores.${i}.bidId`,
    criterionId: `scores.${i}.criterionId`,
    score: { name: `scores.${i}.score`, id: `${prefix}-${i}-score` },
    justification: { name: `scores.${i}.justification`, id: `${prefix}-${i}-justification` },
  };
}

/** Field name → input id for a grid of `count` cells, so the form's error summary links to each field. */
export function scoreGridFieldIds(prefix: string, count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const { score, justification } = scoreCellFields(prefix, i);
      return [[score.name, score.id], [justification.name, justification.id]];
    }).flat(),
  );
}
