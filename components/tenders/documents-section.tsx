import { BodyLong, BodyShort, Box, Detail, Heading, Tag, VStack } from "@navikt/ds-react";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@navikt/ds-react/Table";
import type { ReactNode } from "react";

import { TableScroll } from "@/components/common/table-scroll";

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
            <TableScroll label={fill(labels.history, { title: document.title })}>
              <Table size="small" style={{ minWidth: "44rem" }}>
                <caption className="aksel-sr-only">{fill(labels.history, { title: document.title })}</caption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{labels.versionColumn}</TableHeaderCell>
                    <TableHeaderCell scope="col">{labels.type}</TableHeaderCell>
                    <TableHeaderCell scope="col">{labels.size}</TableHeaderCell>
                    <TableHeaderCell scope="col">{labels.uploadedAt}</TableHeaderCell>
                    <TableHeaderCell scope="col">{labels.sha256}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {document.versions.map((version) => (
                    <TableRow key={version.number}>
                      <TableDataCell>
                        <VStack gap="space-4" align="start">
                          <BodyShort size="small">{fill(labels.version, { number: version.number })}</BodyShort>
                          <a className="aksel-link" href={version.href} style={{ overflowWrap: "anywhere" }}>
                            <span className="aksel-sr-only">{fill(labels.download, { filename: "" }).trim()} </span>
                            {version.filename}
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
                      </TableDataCell>
                      <TableDataCell>{version.type}</TableDataCell>
                      <TableDataCell>{version.size}</TableDataCell>
                      <TableDataCell>
                        {version.uploadedAt}
                        <Detail textColor="subtle">{`${labels.uploadedBy} ${version.uploadedBy}`}</Detail>
                      </TableDataCell>
                      <TableDataCell>
                        <code style={{ overflowWrap: "anywhere", fontSize: "0.75rem" }}>{version.sha256}</code>
                      </TableDataCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          </VStack>
        ))}
        {children}
      </VStack>
    </Box>
  );
}
