import { BodyShort, Heading, VStack } from "@navikt/ds-react";

export interface PublicDocumentItem {
  id: string;
  title: string;
  filename: string;
  href: string;
  /** "PDF, 1,2 MB, versjon 2" */
  facts: string;
  sha256: string;
}

/** A published notice's documents: download link, type, size, version and SHA-256 to check the download against. */
export function PublicDocumentsSection({ title, empty, shaLabel, documents }: { title: string; empty: string; shaLabel: string; documents: PublicDocumentItem[] }) {
  return (
    <section aria-labelledby="notice-documents">
      <Heading id="notice-documents" level="2" size="medium" spacing>
        {title}
      </Heading>
      {documents.length === 0 ? (
        <BodyShort>{empty}</BodyShort>
      ) : (
        <VStack gap="space-12" as="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {documents.map((document) => (
            <li key={document.id}>
              <BodyShort>
                <a className="aksel-link" href={document.href} download={document.filename}>
                  {document.title}
                </a>{" "}
                ({document.facts})
              </BodyShort>
              <BodyShort size="small" textColor="subtle" style={{ overflowWrap: "anywhere" }}>
                {shaLabel}: <code>{document.sha256}</code>
              </BodyShort>
            </li>
          ))}
        </VStack>
      )}
    </section>
  );
}
