import { BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import { List, ListItem } from "@navikt/ds-react/List";

export interface ChangeHistoryEntry {
  number: number;
  heading: string;
  publishedAt: string;
  reason: string;
  lines: string[];
}

/** The change history (rettelser) on a notice: number, date in Oslo time, reason and each change old → new. */
export function ChangeHistorySection({ title, empty, entries }: { title: string; empty: string; entries: ChangeHistoryEntry[] }) {
  return (
    <section aria-labelledby="notice-changes">
      <Heading id="notice-changes" level="2" size="medium" spacing>
        {title}
      </Heading>
      {entries.length === 0 ? (
        <BodyShort>{empty}</BodyShort>
      ) : (
        <VStack gap="space-16" as="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <li key={entry.number}>
              <Heading level="3" size="xsmall">
                {entry.heading}
              </Heading>
              <BodyShort size="small" textColor="subtle">
                {entry.publishedAt}
              </BodyShort>
              <BodyLong>{entry.reason}</BodyLong>
              {entry.lines.length > 0 && (
                <List>
                  {entry.lines.map((line) => (
                    <ListItem key={line}>{line}</ListItem>
                  ))}
                </List>
              )}
            </li>
          ))}
        </VStack>
      )}
    </section>
  );
}
