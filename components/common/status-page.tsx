import { BodyLong, Heading, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";

interface StatusPageProps {
  title: string;
  message: string;
  back: { href: string; label: string };
  /** "Ingen tilgang – Tiltaksanbud" as a <title> (React hoists it), for where Next's metadata gives none. */
  documentTitle?: string;
}

/** The shared body of the 403 and 404 pages; `back` leads to the visitor's own area. */
export function StatusPage({ title, message, back, documentTitle }: StatusPageProps) {
  return (
    <VStack gap="space-16">
      {documentTitle && <title>{documentTitle}</title>}
      <Heading level="1" size="large">
        {title}
      </Heading>
      <BodyLong>{message}</BodyLong>
      <AppLink href={back.href}>{back.label}</AppLink>
    </VStack>
  );
}
