import { BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import type { OwnReceipt } from "@/lib/bids/queries/own-receipts";
import { portalReceipts } from "@/lib/bids/routes";
import type { Locale, Translate } from "@/lib/i18n";

import { ReceiptsTable } from "./receipts-table";

/** "Kvitteringer" on the portal home: the latest receipts, and a link to all of them when there are more. */
export function ReceiptsSection({ receipts, total, showSupplier, locale, t }: { receipts: OwnReceipt[]; total: number; showSupplier: boolean; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="my-receipts">
      <Heading level="2" size="medium" spacing id="my-receipts">
        {t("portal.receipts.title")}
      </Heading>
      <VStack gap="space-12">
        <BodyLong>{t("portal.receipts.intro")}</BodyLong>
        <ReceiptsTable receipts={receipts} showSupplier={showSupplier} locale={locale} t={t} />
        {total > receipts.length && (
          <BodyShort>
            {t("portal.receipts.latest", { count: receipts.length, total })} <AppLink href={portalReceipts()}>{t("portal.receipts.all", { total })}</AppLink>
          </BodyShort>
        )}
      </VStack>
    </section>
  );
}
