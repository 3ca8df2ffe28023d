import { BodyShort, Tag, VStack, HStack } from "@navikt/ds-react";

export interface EligibilitySummaryProps {
  verifiedIdeal: boolean;
  verifiedWorkInclusion: boolean;
  /** "Sist vurdert 01.12.2026 av Ingrid Haugland", or null when never reviewed. */
  reviewed: string | null;
  labels: { verifiedIdeal: string; verifiedWorkInclusion: string; notVerified: string };
}

/** What an ADMIN has verified for reserved competitions, and when and by whom it was last reviewed. */
export function EligibilitySummary({ verifiedIdeal, verifiedWorkInclusion, reviewed, labels }: EligibilitySummaryProps) {
  const verified = [verifiedIdeal ? labels.verifiedIdeal : null, verifiedWorkInclusion ? labels.verifiedWorkInclusion : null].filter((label) => label !== null);
  return (
    <VStack gap="space-8">
      <HStack gap="space-8" wrap>
        {verified.length === 0 ? (
          <Tag variant="moderate" data-color="neutral" size="small">
            {labels.notVerified}
          </Tag>
        ) : (
          verified.map((label) => (
            <Tag key={label} variant="moderate" data-color="success" size="small">
              {label}
            </Tag>
          ))
        )}
      </HStack>
      {reviewed && <BodyShort size="small">{reviewed}</BodyShort>}
    </VStack>
  );
}
