import { BodyShort, VStack } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import { StepPanel } from "@/components/tenders/step-panel";

/** On the portal's competition page: the organisation's bid state and the way into the bid form. */
export function BidEntry({ title, intro, href, linkText, open }: { title: string; intro: string; href: string; linkText: string; open: boolean }) {
  return (
    <StepPanel id="bid-entry" title={title} intro={intro}>
      <VStack gap="space-8">
        {open ? <AppLink href={href} data-bid-entry="">{linkText}</AppLink> : <BodyShort>{linkText}</BodyShort>}
      </VStack>
    </StepPanel>
  );
}
