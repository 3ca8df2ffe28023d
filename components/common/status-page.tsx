import { BodyLong, Heading, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";

/** The shared body of the 403, 404 and error pages. */
export function StatusPage({ title, message, homeLabel }: { title: string; message: string; homeLabel: string }) {
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        {title}
      </Heading>
      <BodyLong>{message}</BodyLong>
      <AppLink href="/">
        {homeLabel}
      </AppLink>
    </VStack>
  );
}
