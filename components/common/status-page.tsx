import { BodyLong, Heading, Link, VStack } from "@navikt/ds-react";
import NextLink from "next/link";

/** The shared body of the 403, 404 and error pages. */
export function StatusPage({ title, message, homeLabel }: { title: string; message: string; homeLabel: string }) {
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        {title}
      </Heading>
      <BodyLong>{message}</BodyLong>
      <Link as={NextLink} href="/">
        {homeLabel}
      </Link>
    </VStack>
  );
}
