import { BodyLong, BodyShort, Box, Detail, Heading, Table, Tag, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";

export interface DocumentRow {
  id: string;
  title: string;
  versions: {
    number: number;
    filename: string;
    type: string;
    size: string;
    sha256: string;
    uploadedAt: string;
    uploadedBy: string;
    href: string;
    /** "current", "pending" or nothing (an older version). */
    state?: "current" | "pending";
  }[];
}

interface DocumentsSectionProps {
  title: string;
  intro: string;
  empty: string;
  documents: DocumentRow[];
  labels: { versionColumn: string; version: string; current: string; pending: string; history: string; type: string; size: string; sha256: string; uploadedAt: string; uploadedBy: string; download: string };
  /** The upload form, when the officer may upload. */
  children?: ReactNode;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/** The officer's view of a competition's documents: each with its full version history, newest first. */
export function DocumentsSection({ title, intro, empty, documents, labels, children }: DocumentsSectionProps) {
  return (
    <Box as="section" aria-labelledby="documents-heading" padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
      <VStack gap="space-12">
        <Heading id="documents-heading" level="2" size="small">
          {title}
        </Heading>
        <BodyLong>{intro}</BodyLong>
        {documents.length === 0 && <BodyShort>{empty}</BodyShort>}
        {documents.map((document) => (
          <VStack key={document.id} gap="space-4">
            <Heading level="3" size="xsmall">
              {document.title}
            </Heading>
            <div style={{ overflowX: "auto" }}>
              <Table size="small">
                <caption className="aksel-sr-only">{fill(labels.history, { title: document.title })}</caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{labels.versionColumn}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{labels.type}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{labels.size}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{labels.uploadedAt}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{labels.sha256}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {document.versions.map((version) => (
                    <Table.Row key={version.number}>
                      <Table.DataCell>
                        <VStack gap="space-4" align="start">
                          <a className="aksel-link" href={version.href} aria-label={fill(labels.download, { filename: version.filename })}>
                            {fill(labels.version, { number: version.number })}: {version.filename}
                          </a>
                          {version.state === "current" && (
                            <Tag size="xsmall" variant="moderate" data-color="success">
                              {labels.current}
                            </Tag>
                          )}
                          {version.state === "pending" && (
                            <Tag size="xsmall" variant="moderate" data-color="warning">
                              {labels.pending}
                            </Tag>
                          )}
                        </VStack>
                      </Table.DataCell>
                      <Table.DataCell>{version.type}</Table.DataCell>
                      <Table.DataCell>{version.size}</Table.DataCell>
                      <Table.DataCell>
                        {version.uploadedAt}
                        <Detail textColor="subtle">{`${labels.uploadedBy} ${version.uploadedBy}`}</Detail>
                      </Table.DataCell>
                      <Table.DataCell>
                        <code style={{ overflowWrap: "anywhere", fontSize: "0.75rem" }}>{version.sha256}</code>
                      </Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </VStack>
        ))}
        {children}
      </VStack>
    </Box>
  );
}
