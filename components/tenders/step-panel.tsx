import { BodyLong, Box, Heading, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";

/** A titled box for the next step on a competition (approval, announcement). */
export function StepPanel({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <Box as="section" aria-labelledby={id} padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
      <VStack gap="space-12">
        <Heading id={id} level="2" size="small">
          {title}
        </Heading>
        <BodyLong>{intro}</BodyLong>
        {children}
      </VStack>
    </Box>
  );
}
