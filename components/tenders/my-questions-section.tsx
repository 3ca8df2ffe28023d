import { Heading } from "@navikt/ds-react";

import type { Locale, Translate } from "@/lib/i18n";
import type { MyQuestion } from "@/lib/tenders/queries/my-questions";

import { MyQuestionsTable } from "./my-questions-table";

/** Portal home: the questions the user's organisations asked, with their state and a link to each competition. */
export function MyQuestionsSection({ questions, locale, t }: { questions: MyQuestion[]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="my-questions">
      <Heading level="2" size="medium" spacing id="my-questions">
        {t("questions.portal.homeTitle")}
      </Heading>
      <MyQuestionsTable questions={questions} caption={t("questions.portal.homeTitle")} emptyText={t("questions.portal.homeEmpty")} locale={locale} t={t} />
    </section>
  );
}
