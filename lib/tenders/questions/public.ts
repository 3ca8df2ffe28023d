/**
 * The published questions and answers of a competition, as everyone may read them: only the published wording,
 * its number and the answer. Never the asked text, the organisation or the user who asked (equal treatment).
 */
export const PUBLISHED_QA_SELECT = {
  where: { publicNumber: { not: null }, answer: { publishedAt: { not: null } } },
  orderBy: { publicNumber: "asc" },
  select: { publicNumber: true, publicText: true, answer: { select: { text: true, publishedAt: true } } },
} as const;

export interface PublishedQaRow {
  publicNumber: number | null;
  publicText: string | null;
  answer: { text: string; publishedAt: Date | null } | null;
}

export interface PublishedQa {
  number: number;
  question: string;
  answer: string;
  publishedAt: Date;
}

export function publishedQa(rows: readonly PublishedQaRow[]): PublishedQa[] {
  return rows.flatMap((row) =>
    row.publicNumber !== null && row.publicText !== null && row.answer?.publishedAt
      ? [{ number: row.publicNumber, question: row.publicText, answer: row.answer.text, publishedAt: row.answer.publishedAt }]
      : [],
  );
}

/** The JSON form (API, notice.json): instants in ISO UTC. */
export const publishedQaJson = (rows: readonly PublishedQaRow[]) =>
  publishedQa(rows).map((qa) => ({ number: qa.number, question: qa.question, answer: qa.answer, publishedAt: qa.publishedAt.toISOString() }));
