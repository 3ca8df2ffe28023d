import { BodyShort, Heading, VStack } from "@navikt/ds-react";

/** A published notice's or dialogue's page heading: its reference above its title (the page's one h1). */
export function ReferenceHeading({ reference, title }: { reference: string; title: string }) {
  return (
    <VStack gap="space-8">
      <BodyShort textColor="subtle">{reference}</BodyShort>
      <Heading level="1" size="large">
        {title}
      </Heading>
    </VStack>
  );
}
