import { BodyLong, BodyShort, Box, Heading, Tag, VStack } from "@navikt/ds-react";

import type { FormAction } from "@/components/forms/use-form-action";
import type { Locale, Translate } from "@/lib/i18n";
import type { OfficerQuestion } from "@/lib/tenders/queries/officer-questions";
import { formatOsloDateTime } from "@/lib/time";

import { AnswerQuestionForm } from "./answer-question-form";

interface QuestionsSectionProps {
  questions: OfficerQuestion[];
  /** The actor may answer and publish (officer of the region, competition announced). */
  mayAnswer: boolean;
  saveAction: FormAction;
  publishAction: FormAction;
  locale: Locale;
  t: Translate;
}

function QuestionTag({ question, t }: { question: OfficerQuestion; t: Translate }) {
  if (question.answer?.publishedAt) return <Tag size="small" variant="moderate" data-color="success">{t("questions.officer.publishedState", { number: question.publicNumber ?? 0 })}</Tag>;
  if (question.answer) return <Tag size="small" variant="moderate" data-color="warning">{t("questions.officer.draft")}</Tag>;
  return <Tag size="small" variant="moderate" data-color="neutral">{t("questions.officer.unanswered")}</Tag>;
}

/** The officer's view of the Q&A: who asked (the authority only), the answer so far, and the forms to answer and publish. */
export function QuestionsSection({ questions, mayAnswer, saveAction, publishAction, locale, t }: QuestionsSectionProps) {
  const labels = {
    eventId: t("admin.eventId"), publicText: t("questions.officer.publicText"), publicTextHelp: t("questions.officer.publicTextHelp"),
    answer: t("questions.officer.answer"), save: t("questions.officer.save"), publish: t("questions.officer.publish"),
  };
  return (
    <Box as="section" aria-labelledby="questions-heading" padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
      <VStack gap="space-16">
        <Heading id="questions-heading" level="2" size="small">
          {t("questions.officer.title")}
        </Heading>
        <BodyLong>{t("questions.officer.intro")}</BodyLong>
        {questions.length === 0 && <BodyShort>{t("questions.officer.empty")}</BodyShort>}
        {questions.map((question, index) => (
          <VStack as="article" key={question.id} gap="space-8" aria-labelledby={`question-${question.id}`}>
            <Heading id={`question-${question.id}`} level="3" size="xsmall">
              {t("questions.officer.heading", { index: index + 1 })}
            </Heading>
            <div>
              <QuestionTag question={question} t={t} />
            </div>
            <BodyShort size="small" textColor="subtle">
              {t("questions.officer.askedBy", { supplier: question.supplier?.name ?? "–", user: question.askedBy.name, at: formatOsloDateTime(question.askedAt, locale) })}
            </BodyShort>
            <BodyLong style={{ whiteSpace: "pre-line" }}>{question.text}</BodyLong>
            {question.answer?.publishedAt ? (
              <VStack gap="space-4">
                <BodyShort weight="semibold">{t("questions.officer.publicText")}</BodyShort>
                <BodyLong style={{ whiteSpace: "pre-line" }}>{question.publicText}</BodyLong>
                <BodyShort weight="semibold">{t("questions.officer.publishedAnswer")}</BodyShort>
                <BodyLong style={{ whiteSpace: "pre-line" }}>{question.answer.text}</BodyLong>
              </VStack>
            ) : (
              mayAnswer && (
                <AnswerQuestionForm
                  questionId={question.id}
                  publicText={question.publicText ?? question.text}
                  answer={question.answer?.text ?? ""}
                  saved={question.answer !== null}
                  saveAction={saveAction}
                  publishAction={publishAction}
                  labels={labels}
                />
              )
            )}
          </VStack>
        ))}
      </VStack>
    </Box>
  );
}
