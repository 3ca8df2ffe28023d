import { Tag } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import { SimpleTable } from "@/components/common/simple-table";
import type { Locale, Translate } from "@/lib/i18n";
import { portalTender } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

export interface OwnQuestionRow {
  id: string;
  text: string;
  askedAt: Date;
  publicNumber: number | null;
  answer: { publishedAt: Date | null } | null;
  askedBy?: { name: string };
  tender?: { id: string; title: string; reference: string };
}

/** Waiting, or published as question N (the organisation's own view; the answer itself is on the notice). */
export function QuestionState({ question, t }: { question: OwnQuestionRow; t: Translate }) {
  const published = question.answer?.publishedAt && question.publicNumber !== null;
  return (
    <Tag size="small" variant="moderate" data-color={published ? "success" : "neutral"}>
      {published ? t("questions.state.published", { number: question.publicNumber! }) : t("questions.state.waiting")}
    </Tag>
  );
}

/** An organisation's own questions: on one competition (with who asked) or across all (with the competition). */
export function MyQuestionsTable({ questions, caption, emptyText, locale, t }: { questions: OwnQuestionRow[]; caption: string; emptyText: string; locale: Locale; t: Translate }) {
  const withTender = questions.some((question) => question.tender);
  const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);
  return (
    <SimpleTable
      caption={caption}
      columns={[
        ...(withTender ? [t("questions.col.tender")] : []),
        t("questions.col.question"),
        t("questions.col.askedAt"),
        ...(withTender ? [] : [t("questions.col.askedBy")]),
        t("questions.col.state"),
      ]}
      emptyText={emptyText}
      rows={questions.map((question) => ({
        key: question.id,
        cells: [
          ...(question.tender
            ? [
                <AppLink key="tender" href={portalTender(question.tender.id)}>
                  {`${question.tender.title} (${question.tender.reference})`}
                </AppLink>,
              ]
            : []),
          excerpt(question.text),
          formatOsloDateTime(question.askedAt, locale),
          ...(question.tender ? [] : [question.askedBy?.name ?? ""]),
          <QuestionState key="state" question={question} t={t} />,
        ],
      }))}
    />
  );
}
