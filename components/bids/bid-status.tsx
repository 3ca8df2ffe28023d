import { BodyShort, Tag, VStack } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";

interface BidStatusProps {
  lots: { key: string; text: string }[];
  receipts: { id: string; href: string; text: string }[];
  labels: { noReceipts: string; receiptsTitle: string };
}

/** Each lot's bid state, and the receipts of the organisation's submissions (newest first). */
export function BidStatus({ lots, receipts, labels }: BidStatusProps) {
  return (
    <VStack gap="space-12">
      <VStack gap="space-4" as="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {lots.map((lot) => (
          <li key={lot.key}>
            <Tag variant="neutral" size="small">{lot.text}</Tag>
          </li>
        ))}
      </VStack>
      <BodyShort weight="semibold">{labels.receiptsTitle}</BodyShort>
      {receipts.length === 0 ? (
        <BodyShort>{labels.noReceipts}</BodyShort>
      ) : (
        <VStack gap="space-4" as="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {receipts.map((receipt) => (
            <li key={receipt.id}>
              <AppLink href={receipt.href}>{receipt.text}</AppLink>
            </li>
          ))}
        </VStack>
      )}
    </VStack>
  );
}
