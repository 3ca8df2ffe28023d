import { BodyLong, Heading, List, VStack } from "@navikt/ds-react";
import { ListItem } from "@navikt/ds-react/List";

interface DraftModelFactsProps {
  id: string;
  title: string;
  labels: { lots: string; evaluation: string; resultsBased: string; reservation: string };
  facts: { lots: string[]; evaluation: string; resultsBased: string; reservation: string };
  headingLevel?: "2" | "3";
}

/** Each lot's area and reservation, the evaluation model and the results-based price, in plain words. */
export function DraftModelFacts({ id, title, labels, facts, headingLevel = "2" }: DraftModelFactsProps) {
  const sub = headingLevel === "2" ? "3" : "4";
  return (
    <section aria-labelledby={id}>
      <Heading id={id} level={headingLevel} size="medium" spacing>
        {title}
      </Heading>
      <VStack gap="space-12">
        <Heading level={sub} size="xsmall">
          {labels.reservation}
        </Heading>
        <BodyLong>{facts.reservation}</BodyLong>
        <Heading level={sub} size="xsmall">
          {labels.lots}
        </Heading>
        <List>
          {facts.lots.map((line) => (
            <ListItem key={line}>{line}</ListItem>
          ))}
        </List>
        <Heading level={sub} size="xsmall">
          {labels.evaluation}
        </Heading>
        <BodyLong>{facts.evaluation}</BodyLong>
        <Heading level={sub} size="xsmall">
          {labels.resultsBased}
        </Heading>
        <BodyLong>{facts.resultsBased}</BodyLong>
      </VStack>
    </section>
  );
}
