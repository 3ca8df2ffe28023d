import { BodyShort, Heading, VStack } from "@navikt/ds-react";

import { FactList } from "@/components/admin/fact-list";
import { SimpleTable } from "@/components/common/simple-table";

export interface ProtocolViewProps {
  sections: { id: string; title: string; facts: [string, string][]; rows: { key: string; cells: string[] }[] }[];
  labels: { when: string; who: string; what: string; none: string };
}

/** The procurement protocol's sections as the page shows them: facts, then time – who – what. */
export function ProtocolView({ sections, labels }: ProtocolViewProps) {
  return (
    <VStack gap="space-32">
      {sections.map((section) => (
        <VStack as="section" key={section.id} aria-labelledby={`protocol-${section.id}`} gap="space-12">
          <Heading id={`protocol-${section.id}`} level="2" size="medium">
            {section.title}
          </Heading>
          {section.facts.length > 0 && <FactList items={section.facts.map(([term, value]) => ({ term, value: <BodyShort>{value}</BodyShort> }))} />}
          {(section.rows.length > 0 || section.facts.length === 0) && <SimpleTable caption={section.title} columns={[labels.when, labels.who, labels.what]} rows={section.rows} emptyText={labels.none} />}
        </VStack>
      ))}
    </VStack>
  );
}
