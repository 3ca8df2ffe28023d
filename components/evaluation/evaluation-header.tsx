import { BodyShort, Heading, VStack } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";

/** The top of every evaluation page: back to the competition, its reference and title, the page's heading. */
export function EvaluationHeader({ backHref, backLabel, context, title, intro }: { backHref: string; backLabel: string; context: string; title: string; intro?: string }) {
  return (
    <VStack gap="space-8">
      <AppLink href={backHref}>{backLabel}</AppLink>
      <BodyShort textColor="subtle">{context}</BodyShort>
      <Heading level="1" size="large">
        {title}
      </Heading>
      {intro && <BodyShort>{intro}</BodyShort>}
    </VStack>
  );
}
