import { BodyLong, BodyShort, Box, Heading, List, VStack } from "@navikt/ds-react";
import { ListItem } from "@navikt/ds-react/List";

/** The rules that apply: while a draft, recomputed from its value (and any stricter choice) on every save; once announced, the stored regime. */
export function RegimePanel({ title, regime, reason, notes = [], proceduresLabel, procedures, minimum }: { title: string; regime: string; reason: string; notes?: string[]; proceduresLabel: string; procedures: string[]; minimum: string }) {
  return (
    <Box as="section" aria-labelledby="regime-heading" padding="space-16" borderRadius="8" background="neutral-soft">
      <VStack gap="space-8">
        <Heading id="regime-heading" level="2" size="small">
          {title}: {regime}
        </Heading>
        <BodyLong>{reason}</BodyLong>
        {notes.map((note) => (
          <BodyLong key={note}>{note}</BodyLong>
        ))}
        {procedures.length > 0 && (
          <VStack gap="space-4">
            <BodyShort weight="semibold">{proceduresLabel}</BodyShort>
            <List size="small">
              {procedures.map((procedure) => (
                <ListItem key={procedure}>{procedure}</ListItem>
              ))}
            </List>
          </VStack>
        )}
        <BodyLong size="small">{minimum}</BodyLong>
      </VStack>
    </Box>
  );
}
