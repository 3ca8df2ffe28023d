import { BodyShort, HStack, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";

/** Term–value pairs as a description list (e.g. a user's e-mail and status). */
export function FactList({ items }: { items: { term: string; value: ReactNode }[] }) {
  return (
    <VStack as="dl" gap="space-8" style={{ margin: 0 }}>
      {items.map((item) => (
        <HStack key={item.term} gap="space-8" align="center" wrap>
          <BodyShort as="dt" weight="semibold">
            {item.term}:
          </BodyShort>
          <dd style={{ margin: 0 }}>{item.value}</dd>
        </HStack>
      ))}
    </VStack>
  );
}
