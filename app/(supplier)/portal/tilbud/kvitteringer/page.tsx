import { BodyLong, BodyShort, HStack, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { ReceiptsTable } from "@/components/bids/receipts-table";
import { AppLink } from "@/components/common/app-link";
import { listOwnReceiptCounts, listOwnReceipts, receiptTotal } from "@/lib/bids/queries/own-receipts";
import { portalReceipts } from "@/lib/bids/routes";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";

export const generateMetadata = titled("portal.receipts.pageTitle");

const PAGE_SIZE = 50;

/** Every receipt of the user's organisations, newest first, in pages (`?page=`). */
export default async function ReceiptsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const requested = Number([(await searchParams).page].flat()[0] ?? "1");
  const [counts, suppliers, { locale, t }] = await Promise.all([read(listOwnReceiptCounts), read(listOwnSuppliers), getTranslator()]);
  const pages = Math.max(1, Math.ceil(receiptTotal(counts) / PAGE_SIZE));
  // A page past the end (or not a number) shows the nearest one, so an old link still lands somewhere useful.
  const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
  const receipts = await read(listOwnReceipts, { page, pageSize: PAGE_SIZE });
  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.portal}>{t("portal.receipts.back")}</AppLink>
      <div>
        <Heading level="1" size="large" spacing>
          {t("portal.receipts.pageTitle")}
        </Heading>
        <BodyLong>{t("portal.receipts.intro")}</BodyLong>
      </div>
      <ReceiptsTable receipts={receipts} showSupplier={suppliers.length > 1} locale={locale} t={t} />
      {pages > 1 && (
        <nav aria-label={t("portal.receipts.pagination")}>
          <HStack gap="space-16" align="center" wrap>
            {page > 1 && <AppLink href={portalReceipts(page - 1)}>{t("portal.receipts.previous")}</AppLink>}
            <BodyShort>{t("portal.receipts.page", { page, pages })}</BodyShort>
            {page < pages && <AppLink href={portalReceipts(page + 1)}>{t("portal.receipts.next")}</AppLink>}
          </HStack>
        </nav>
      )}
    </VStack>
  );
}
