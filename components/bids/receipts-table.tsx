import { Link } from "@navikt/ds-react";

import { SimpleTable } from "@/components/common/simple-table";
import { AppLink } from "@/components/common/app-link";
import type { OwnReceipt } from "@/lib/bids/queries/own-receipts";
import { portalReceipt, portalReceiptFile } from "@/lib/bids/routes";
import type { Locale, Translate } from "@/lib/i18n";
import { formatOsloDateTime } from "@/lib/time";

/** Enough of the SHA-256 to tell receipts apart at a glance; the receipt page shows it whole. */
const SHORT_HASH = 12;

/**
 * Receipts of the organisation's submissions: competition, lots, server time (Oslo), version, the hash in short, and
 * links to the receipt page and its file. `showSupplier` adds the organisation for a user of several.
 */
export function ReceiptsTable({ receipts, showSupplier, locale, t }: { receipts: OwnReceipt[]; showSupplier: boolean; locale: Locale; t: Translate }) {
  const col = (key: string) => t(`portal.receipts.col.${key}`);
  return (
    <SimpleTable
      caption={t("portal.receipts.title")}
      columns={[col("tender"), ...(showSupplier ? [col("supplier")] : []), col("lots"), col("receivedAt"), col("version"), col("hash"), col("file")]}
      emptyText={t("portal.receipts.empty")}
      rows={receipts.map((receipt) => ({
        key: receipt.id,
        cells: [
          `${receipt.tender.reference} ${receipt.tender.title}`,
          ...(showSupplier ? [receipt.supplier.name] : []),
          receipt.lots.map((lot) => t("bids.form.lotLabel", { number: lot.number, title: lot.title })).join(", "),
          <time key="at" dateTime={receipt.submittedAt.toISOString()}>{formatOsloDateTime(receipt.submittedAt, locale)}</time>,
          <AppLink key="open" href={portalReceipt(receipt.id)}>{t("portal.receipts.open", { number: receipt.number })}</AppLink>,
          <code key="hash">{`${receipt.contentHash.slice(0, SHORT_HASH)}…`}</code>,
          // The visible text starts the accessible name (WCAG 2.5.3); the rest tells the rows' links apart.
          <Link key="file" href={portalReceiptFile(receipt.id)} download aria-label={t("portal.receipts.downloadLabel", { number: receipt.number, reference: receipt.tender.reference })}>
            {t("portal.receipts.download")}
          </Link>,
        ],
      }))}
    />
  );
}
