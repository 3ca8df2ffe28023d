import { BodyLong, BodyShort, Box, Heading, VStack } from "@navikt/ds-react";

import type { Locale, Translate } from "@/lib/i18n";
import type { PublishedQa } from "@/lib/tenders/questions/public";
import { formatOsloDateTime } from "@/lib/time";

/** The published questions and answers of a competition, numbered, in Oslo time; never who asked. */
export function PublishedQaSection({ items, locale, t }: { items: PublishedQa[]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="published-qa">
      <Heading id="published-qa" level="2" size="medium" spacing>
        {t("questions.public.title")}
      </Heading>
      {items.length === 0 ? (
        <BodyShort>{t("questions.public.empty")}</BodyShort>
      ) : (
        <VStack as="ol" gap="space-16" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {items.map((qa) => (
            <Box as="li" key={qa.number} padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
              <VStack gap="space-8">
                <Heading level="3" size="xsmall">
                  {t("questions.public.number", { number: qa.number })}
                </Heading>
                <BodyLong style={{ whiteSpace: "pre-line" }}>{qa.question}</BodyLong>
                <Heading level="4" size="xsmall">
                  {t("questions.public.answer")}
                </Heading>
                <BodyLong style={{ whiteSpace: "pre-line" }}>{qa.answer}</BodyLong>
                <BodyShort size="small" textColor="subtle">
                  {t("questions.public.publishedAt", { at: formatOsloDateTime(qa.publishedAt, locale) })}
                </BodyShort>
              </VStack>
            </Box>
          ))}
        </VStack>
      )}
    </section>
  );
}
